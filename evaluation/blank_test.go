package evaluation_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/template"
)

// A blank template sent back as it came is said to be blank (JX010, an
// info finding per form): it is neither scored nor graded, and the checks
// for values left out do not raise a warning per empty cell; the coverage
// says why they did not run.
func TestBlankFormIsSaidToBeBlank(t *testing.T) {
	var buf bytes.Buffer
	if err := template.Write(&buf, template.Department); err != nil {
		t.Fatal(err)
	}
	rep := checkBytes(t, buf.Bytes())
	var codes []string
	for _, f := range rep.Findings {
		if f.Code != evaluation.CodeComputedFormula {
			codes = append(codes, f.Code+" "+f.Sheet)
		}
	}
	want := []string{"JX010 部门整体支出绩效自评表", "JX010 部门整体支出绩效评价评分表"}
	if diff := cmp.Diff(want, codes); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	for _, f := range rep.Forms {
		if !f.Blank || f.Score != nil || f.Grade != nil {
			t.Errorf("form %s: blank %v, score %v, grade %v; want blank and neither scored nor graded", f.Sheet, f.Blank, f.Score, f.Grade)
		}
		if f.Coverage == nil {
			continue
		}
		for _, g := range f.Coverage.NotChecked {
			if g.Reason != "本表未填写" {
				t.Errorf("form %s: gap %+v, want only 本表未填写", f.Sheet, g)
			}
		}
	}
	if len(rep.Errors()) != 0 {
		t.Errorf("a blank template has errors: %+v", rep.Errors())
	}
	if !rep.Blank || rep.Valid || rep.Outcome() != present.OutcomeBlank {
		t.Errorf("blank %v, valid %v: a workbook whose forms are all blank is blank and does not pass", rep.Blank, rep.Valid)
	}
}

// The blank project template, whose indicator rows carry no weights yet,
// is blank too: no JX303 for the 10 points of its fund block alone, and the
// coverage says why the weights were not added up (the form is blank).
func TestBlankProjectTemplateHasNoError(t *testing.T) {
	var buf bytes.Buffer
	if err := template.Write(&buf, template.Project); err != nil {
		t.Fatal(err)
	}
	rep := checkBytes(t, buf.Bytes())
	if len(rep.Errors()) != 0 || !rep.Blank {
		t.Fatalf("errors %+v, blank %v", rep.Errors(), rep.Blank)
	}
	var reasons []string
	for _, g := range rep.Forms[0].Coverage.NotChecked {
		if g.Code == evaluation.CodeWeightsTo100 {
			reasons = append(reasons, g.Reason)
		}
	}
	if diff := cmp.Diff([]string{"本表未填写"}, reasons); diff != "" {
		t.Errorf("JX303 gap (-want +got):\n%s", diff)
	}
}

// One score typed makes the form filled: it is scored, and the scores left
// out are warned about again.
func TestOneTypedScoreMakesTheFormFilled(t *testing.T) {
	var buf bytes.Buffer
	if err := template.Write(&buf, template.Department); err != nil {
		t.Fatal(err)
	}
	data := setCell(t, buf.Bytes(), "部门整体支出绩效评价评分表", "I13", 4) // 预算编制合理性
	rep := checkBytes(t, data)
	var missing int
	for _, f := range rep.Findings {
		switch f.Code {
		case evaluation.CodeBlankForm:
			if f.Sheet == "部门整体支出绩效评价评分表" {
				t.Errorf("a form with a score typed is said to be blank: %s", f.Message)
			}
		case evaluation.CodeScoreMissing:
			missing++
		}
	}
	if rep.Blank {
		t.Error("a workbook with a score typed is said to be blank")
	}
	if missing != 15 {
		t.Errorf("%d JX310 warnings, want 15 (16 standard rows, one scored; the 9 rows left for the department's own indicators are unnamed)", missing)
	}
}
