package evaluation_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
)

func ptr(s string) *string { return &s }

// referenceForms are the forms of the seed workbook, as every consistent
// copy of it must score them.
var referenceForms = []evaluation.Form{
	{
		Sheet: "部门整体支出绩效自评表", Kind: evaluation.KindDepartment,
		Coverage: checked("JX005", "JX101", "JX102", "JX103", "JX104", "JX105", "JX201", "JX202", "JX203"),
	},
	{
		Sheet: "部门整体支出绩效评价评分表", Kind: evaluation.KindScore,
		Score: ptr("96.95"), Grade: ptr("优"), ComputedScore: ptr("96.95"), ComputedGrade: ptr("优"),
		Subscores: []evaluation.Subscore{
			{Name: "履职效能", Weight: "50", Score: "48.45", Declared: ptr("48.45")},
			{Name: "管理效率", Weight: "50", Score: "48.50", Declared: ptr("48.50")},
		},
		// Five checklists (每发现一处问题扣1分) need a person's count.
		Recomputed: &evaluation.Coverage{Total: 25, Matched: 20, Manual: 5},
		Coverage: checked("JX301", "JX302", "JX303", "JX304", "JX305", "JX306", "JX307", "JX308", "JX309", "JX310",
			"JX401", "JX402", "JX403", "JX404"),
	},
	{
		Sheet: "项目支出绩效自评表", Kind: evaluation.KindProject,
		Score: ptr("99.68"), Grade: ptr("优"), ComputedScore: ptr("99.68"), ComputedGrade: ptr("优"),
		Subscores: []evaluation.Subscore{
			{Name: "产出指标", Weight: "50", Score: "50.00"},
			{Name: "效益指标", Weight: "30", Score: "30.00"},
			{Name: "满意度指标", Weight: "10", Score: "9.68"},
		},
		Recomputed: &evaluation.Coverage{Total: 7, Matched: 7},
		Coverage: checked("JX005", "JX101", "JX102", "JX201", "JX202", "JX203", "JX204",
			"JX301", "JX302", "JX303", "JX304", "JX305", "JX306", "JX307", "JX308", "JX309", "JX310",
			"JX401", "JX402", "JX403", "JX404"),
	},
}

// checked is the coverage of a form on which the checks of codes ran and
// checked everything.
func checked(codes ...string) *evaluation.FormCoverage {
	return &evaluation.FormCoverage{Checked: codes, NotChecked: []evaluation.Gap{}}
}

var findingOpts = cmp.Options{cmpopts.IgnoreUnexported(evaluation.Finding{}), cmpopts.EquateEmpty()}

func evaluate(t *testing.T, path string, opts evaluation.Options) *evaluation.Report {
	t.Helper()
	rep, err := evaluation.Evaluate(context.Background(), path, opts)
	if err != nil {
		t.Fatalf("Evaluate(%s): %v", path, err)
	}
	return rep
}

func TestReferenceWorkbookIsValid(t *testing.T) {
	rep := evaluate(t, "../testdata/haizhu-kexie-2023.xlsx", evaluation.Options{})
	if !rep.Valid {
		t.Errorf("Valid = false, want true")
	}
	if diff := cmp.Diff(referenceForms, rep.Forms); diff != "" {
		t.Errorf("forms (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]evaluation.Finding{}, rep.Findings, findingOpts); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

func TestAsReportedWorkbookNamesTheCulprit(t *testing.T) {
	const sheet = "部门整体支出绩效自评表"
	rep := evaluate(t, "../testdata/haizhu-kexie-2023-as-reported.xlsx", evaluation.Options{})
	fix := &evaluation.Fix{Cell: "D16", Value: "14.74"}
	want := []evaluation.Finding{
		{
			Code: evaluation.CodeMatrixRow, Severity: evaluation.SeverityError, Sheet: sheet, Cell: "B16",
			Related: []string{"C16", "D16", "E16", "F16"}, Expected: "283.79", Actual: "236.79",
			Message: "支出经济分类“基本支出”行：合计应为各项之和 283.79，表中填写 236.79，相差 47.00。",
			Fix:     fix,
		},
		{
			Code: evaluation.CodeMatrixColumn, Severity: evaluation.SeverityError, Sheet: sheet, Cell: "D18",
			Related: []string{"D16", "D17"}, Expected: "108.74", Actual: "61.74",
			Message: "支出经济分类“商品和服务支出”列：合计应为各项之和 108.74，表中填写 61.74，相差 47.00。",
			Fix:     fix,
		},
	}
	if rep.Valid {
		t.Errorf("Valid = true, want false")
	}
	if diff := cmp.Diff(want, rep.Findings, findingOpts); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(referenceForms, rep.Forms); diff != "" {
		t.Errorf("forms (-want +got):\n%s", diff)
	}
}

func TestAsReportedInEnglish(t *testing.T) {
	rep := evaluate(t, "../testdata/haizhu-kexie-2023-as-reported.xlsx", evaluation.Options{Language: "en"})
	want := "economic classification, row 基本支出: the total should be the sum of its parts, 283.79, but reads 236.79 (off by 47.00)."
	if len(rep.Findings) == 0 || rep.Findings[0].Message != want {
		t.Fatalf("findings = %+v, want first message %q", rep.Findings, want)
	}
}

func TestNoCacheWorkbookIsComputed(t *testing.T) {
	rep := evaluate(t, "../testdata/haizhu-kexie-2023-nocache.xlsx", evaluation.Options{})
	if !rep.Valid {
		t.Errorf("Valid = false, want true: %+v", rep.Errors())
	}
	if diff := cmp.Diff(referenceForms, rep.Forms); diff != "" {
		t.Errorf("forms (-want +got):\n%s", diff)
	}
	type note struct{ Sheet, Cell string }
	var got []note
	for _, f := range rep.Findings {
		if f.Code != evaluation.CodeComputedFormula {
			t.Errorf("unexpected finding %s at %s!%s: %s", f.Code, f.Sheet, f.Cell, f.Message)
			continue
		}
		got = append(got, note{f.Sheet, f.Cell})
	}
	want := []note{{"部门整体支出绩效自评表", "E8"}, {"部门整体支出绩效评价评分表", "D29"}, {"项目支出绩效自评表", "G6"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("computed-formula notes (-want +got):\n%s", diff)
	}
}

func TestDisableDropsCodes(t *testing.T) {
	rep := evaluate(t, "../testdata/haizhu-kexie-2023-as-reported.xlsx",
		evaluation.Options{Disable: []string{evaluation.CodeMatrixRow, evaluation.CodeMatrixColumn}})
	if len(rep.Findings) != 0 || !rep.Valid {
		t.Errorf("with JX103 and JX104 disabled: valid=%v findings=%v", rep.Valid, rep.Findings)
	}
}

func TestMaxFindingsMarksThePartialReport(t *testing.T) {
	// 25 unreadable rules give 25 info notes; with room for 3 findings the
	// error is kept first and the report says it is partial.
	wb := testgen.Reference()
	for i := range wb.Score.Rows {
		wb.Score.Rows[i].Rule = "按附表3执行"
	}
	wb.Department.Matrix.Values[0][2] = "61.74"
	data, _, err := wb.Build()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := evaluation.EvaluateReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), "partial.xlsx", evaluation.Options{MaxFindings: 3})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Partial || rep.Valid || len(rep.Findings) != 3 {
		t.Fatalf("partial=%v valid=%v findings=%d, want true false 3", rep.Partial, rep.Valid, len(rep.Findings))
	}
	var codes []string
	for _, f := range rep.Findings {
		codes = append(codes, f.Code)
	}
	// Both errors, then the first note in sheet order.
	if diff := cmp.Diff([]string{evaluation.CodeMatrixRow, evaluation.CodeMatrixColumn, evaluation.CodeRuleUnreadable}, codes); diff != "" {
		t.Errorf("codes (-want +got):\n%s", diff)
	}
}
