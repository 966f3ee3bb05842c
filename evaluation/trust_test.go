package evaluation_test

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/xuri/excelize/v2"
)

// relabelled builds wb, then writes texts over cells named by layout keys,
// and checks the result. A value that reads as a number is written as one.
func relabelled(t *testing.T, wb *testgen.Workbook, texts map[string]string) ([]got, *evaluation.Report, testgen.Layout) {
	t.Helper()
	data, layout, err := wb.Build()
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for key, text := range texts {
		pos, ok := layout[key]
		if !ok {
			t.Fatalf("no layout key %q", key)
		}
		var err error
		if n, nerr := strconv.ParseFloat(text, 64); nerr == nil {
			err = f.SetCellValue(pos.Sheet, pos.A1(), n)
		} else {
			err = f.SetCellStr(pos.Sheet, pos.A1(), text)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := evaluation.EvaluateReaderAt(context.Background(), bytes.NewReader(buf.Bytes()), int64(buf.Len()), "relabelled.xlsx", evaluation.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []got
	for _, fd := range rep.Findings {
		if fd.Code == evaluation.CodeComputedFormula {
			continue
		}
		g := got{Code: fd.Code, Sheet: fd.Sheet, Cell: fd.Cell, Expected: fd.Expected, Actual: fd.Actual}
		if fd.Fix != nil {
			g.Fix = fd.Fix.Cell + "=" + fd.Fix.Value
		}
		out = append(out, g)
	}
	return out, rep, layout
}

// scoreSheetOnly is the reference workbook with its score sheet alone.
func scoreSheetOnly() *testgen.Workbook {
	wb := testgen.Reference()
	wb.Department, wb.Projects = nil, nil
	return wb
}

// Typed scores are exact: 25 typed scores that add up to 96.95 do not meet
// a total typed 97.05, though the rounding allowance of 26 figures shown
// to 2 places (±0.13) would have let it pass.
func TestTypedScoresAreExact(t *testing.T) {
	wb := scoreSheetOnly()
	wb.Score.TotalScore, wb.Score.Total = "97.05", "97.05"
	layout, err := wb.Layout()
	if err != nil {
		t.Fatal(err)
	}
	findings, rep := check(t, wb)
	want := resolveAll([]want{
		{evaluation.CodeTotalScore, "score.sum.score", "96.95", "97.05", "score.sum.score", "96.95"},
		{evaluation.CodeDeclaredTotal, "score.total", "96.95", "97.05", "score.total", "96.95"},
	}, layout)
	if diff := cmp.Diff(want, findings, sortGot, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if rep.Valid {
		t.Error("a total 0.10 off its typed parts passed")
	}
}

// Labels with a unit or a weight in brackets are the labels without it:
// the score sheet is read whether its header says 自评得分（分） or 得分（分）,
// and the actual column may be headed 实际完成情况.
func TestHeadersWithUnitsAndSynonyms(t *testing.T) {
	for _, texts := range []map[string]string{
		{"score.header.score": "自评得分（分）"},
		{"score.header.score": "得分（分）", "score.header.weight": "分值（分）"},
		{"score.header.actual": "实际完成情况"},
	} {
		findings, rep, _ := relabelled(t, scoreSheetOnly(), texts)
		if len(findings) != 0 || len(rep.Forms) != 1 || rep.Forms[0].Recomputed == nil || rep.Forms[0].Recomputed.Matched != 20 {
			t.Errorf("%v: findings %+v, forms %+v", texts, findings, rep.Forms)
		}
	}
}

// Total rows are total rows however they are labelled, 自评总分 and 总分（100分）
// among them, and are never read as indicators.
func TestTotalRowLabels(t *testing.T) {
	for _, label := range []string{"总分（100分）", "得分合计", "自评总分"} {
		wb := testgen.Reference()
		wb.Department, wb.Score = nil, nil
		findings, rep, _ := relabelled(t, wb, map[string]string{"project[0].total.label": label})
		if len(findings) != 0 || len(rep.Forms) != 1 || rep.Forms[0].Recomputed.Total != 7 || *rep.Forms[0].Score != "99.68" {
			t.Errorf("%s: findings %+v, forms %+v", label, findings, rep.Forms)
		}
	}
}

// A subtotal is checked whatever its words: 履职效能指标得分 as well as
// 履职效能得分.
func TestSubtotalLabels(t *testing.T) {
	wb := scoreSheetOnly()
	wb.Score.Subtotals[0].Label = "履职效能指标得分"
	wb.Score.Subtotals[0].Value = "48.4"
	layout, err := wb.Layout()
	if err != nil {
		t.Fatal(err)
	}
	findings, _ := check(t, wb)
	want := resolveAll([]want{
		{evaluation.CodeSubtotal, "score.subtotal[履职效能指标得分]", "48.45", "48.40", "score.subtotal[履职效能指标得分]", "48.45"},
	}, layout)
	if diff := cmp.Diff(want, findings, sortGot, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// Weights written in a group's label are read in every form seen: (50),
// 【30分】, 50分, （50%）; a wrong one is caught.
func TestGroupWeightsInLabels(t *testing.T) {
	for _, label := range []string{"产出指标(50)", "产出指标【50分】", "产出指标50分", "产出指标（50%）"} {
		wb := testgen.Reference()
		wb.Department, wb.Score = nil, nil
		for i := range wb.Projects[0].Indicators {
			if wb.Projects[0].Indicators[i].Level1 == "产出指标（50分）" {
				wb.Projects[0].Indicators[i].Level1 = label
			}
		}
		findings, rep := check(t, wb)
		if len(findings) != 0 || rep.Forms[0].Subscores[0].Weight != "50" {
			t.Errorf("%s: findings %+v, subscores %+v", label, findings, rep.Forms[0].Subscores)
		}
		wrong := strings.NewReplacer("50", "40").Replace(label)
		for i := range wb.Projects[0].Indicators {
			if wb.Projects[0].Indicators[i].Level1 == label {
				wb.Projects[0].Indicators[i].Level1 = wrong
			}
		}
		findings, _ = check(t, wb)
		if len(findings) != 1 || findings[0].Code != evaluation.CodeChildWeights || findings[0].Expected != "50" || findings[0].Actual != "40" {
			t.Errorf("%s: findings %+v, want one JX302 expecting 50", wrong, findings)
		}
	}
}

// A weight or a score typed with its unit (5分, 96.95分) or as a share of
// the 100 points (15%) is that number of points.
func TestPointsTypedWithUnits(t *testing.T) {
	wb := scoreSheetOnly()
	wb.Score.Rows[0].Weight = "8分"
	wb.Score.TotalWeight = "100%"
	wb.Score.TotalScore = "96.95分"
	findings, rep := check(t, wb)
	if len(findings) != 0 || !rep.Valid {
		t.Errorf("findings %+v", findings)
	}
}

// A weight that is not a number is reported once; the sums it belongs to
// are not checked without it, and the coverage says so.
func TestUnusableWeightSkipsItsSums(t *testing.T) {
	wb := scoreSheetOnly()
	wb.Score.Rows[0].Weight = "八分"
	layout, err := wb.Layout()
	if err != nil {
		t.Fatal(err)
	}
	findings, rep := check(t, wb)
	want := resolveAll([]want{{evaluation.CodeNotANumber, "score.row[0].weight", "", "八分", "", ""}}, layout)
	if diff := cmp.Diff(want, findings, sortGot, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	var skipped []string
	for _, g := range rep.Forms[0].Coverage.NotChecked {
		skipped = append(skipped, g.Code)
	}
	if strings.Join(skipped, " ") != "JX302 JX303 JX304" {
		t.Errorf("not checked: %v, want JX302 JX303 JX304", rep.Forms[0].Coverage.NotChecked)
	}
}

// A blank row inside the indicator table does not end it: the rows after
// it are read, and the weights add up to 100.
func TestBlankRowInsideTheTable(t *testing.T) {
	wb := testgen.Reference()
	wb.Department, wb.Score = nil, nil
	p := wb.Projects[0]
	p.Indicators = append(p.Indicators[:4:4], append([]testgen.ProjectRow{{}}, p.Indicators[4:]...)...)
	findings, rep := check(t, wb)
	if len(findings) != 0 || rep.Forms[0].Recomputed.Total != 7 || *rep.Forms[0].ComputedScore != "99.68" {
		t.Errorf("findings %+v, forms %+v", findings, rep.Forms)
	}
}

// A 小计 row inside the table is the subtotal of the group above it: it is
// checked, and it is not an indicator.
func TestSubtotalRowInsideTheTable(t *testing.T) {
	wb := testgen.Reference()
	wb.Department, wb.Score = nil, nil
	p := wb.Projects[0]
	var outputs []testgen.ProjectRow
	for _, r := range p.Indicators {
		if r.Level1 == "产出指标（50分）" {
			outputs = append(outputs, r)
		}
	}
	sub := testgen.ProjectRow{Level1: "产出指标（50分）", Level3: "小计", Weight: "50", Score: "49"}
	p.Indicators = append(append(outputs, sub), p.Indicators[len(outputs):]...)
	findings, rep := check(t, wb)
	if len(findings) != 1 || findings[0].Code != evaluation.CodeSubtotal || findings[0].Expected != "50.00" || findings[0].Actual != "49.00" {
		t.Errorf("findings %+v, want one JX306 expecting 50.00", findings)
	}
	if rep.Forms[0].Recomputed.Total != 7 {
		t.Errorf("the 小计 row was read as an indicator: %+v", rep.Forms[0].Recomputed)
	}
}
