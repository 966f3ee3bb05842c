package evaluation_test

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/badfile"
	"github.com/jixiao-go/jixiao/internal/testgen"
)

// withFormulas returns the reference department sheet with the cells given
// replaced by formulas saved without their results.
func withFormulas(t *testing.T, formulas map[string]string) []byte {
	t.Helper()
	wb := testgen.Reference()
	wb.Score, wb.Projects = nil, nil
	data, err := wb.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	data, err = badfile.EditEntry(data, "xl/worksheets/sheet1.xml", func(xml []byte) []byte {
		for cell, f := range formulas {
			re := regexp.MustCompile(`<c r="` + cell + `"[^>]*?(/>|>.*?</c>)`)
			if !re.Match(xml) {
				t.Fatalf("no cell %s in the sheet", cell)
			}
			xml = re.ReplaceAll(xml, []byte(`<c r="`+cell+`"><f>`+f+`</f></c>`))
		}
		return xml
	})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func checkBytes(t *testing.T, data []byte) *evaluation.Report {
	t.Helper()
	rep, err := evaluation.EvaluateReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), "formulas.xlsx", evaluation.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// A circular reference without saved results (D8 =E8*C8, E8 =D8/C8) is an
// error on its cells, not a 0.00 that every sum then trips over; the checks
// that need D8 and E8 are skipped and the coverage says so.
func TestFormulaCycleIsAFinding(t *testing.T) {
	rep := checkBytes(t, withFormulas(t, map[string]string{"D8": "E8*C8", "E8": "D8/C8"}))
	var got []string
	for _, f := range rep.Findings {
		got = append(got, f.Code+" "+f.Cell+" "+strings.Join(f.Related, ","))
	}
	want := []string{"JX007 D8 E8"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	var gaps []string
	for _, g := range rep.Forms[0].Coverage.NotChecked {
		gaps = append(gaps, g.Code+" "+strings.Join(g.Cells, ","))
	}
	if !strings.Contains(strings.Join(gaps, ";"), "JX101 D8") || !strings.Contains(strings.Join(gaps, ";"), "JX201 D8") {
		t.Errorf("coverage: %v, want the sums and the rate of D8 not checked", gaps)
	}
}

// A formula jixiao does not compute (a REPT another formula refers to) is a
// warning that says why, not an error that blames the uploader; the checks
// that need it are skipped and said so.
func TestUncomputedFormulaIsAWarning(t *testing.T) {
	rep := checkBytes(t, withFormulas(t, map[string]string{"D8": `LEN(REPT("x",1E9))`}))
	if len(rep.Findings) != 1 {
		t.Fatalf("findings %+v", rep.Findings)
	}
	f := rep.Findings[0]
	if f.Code != evaluation.CodeFormulaNotDone || f.Severity != evaluation.SeverityWarning || f.Cell != "D8" || !strings.Contains(f.Message, "jixiao 不计算的函数") {
		t.Errorf("finding %+v", f)
	}
	if !rep.Valid {
		t.Error("a formula jixiao did not compute made the workbook invalid")
	}
}
