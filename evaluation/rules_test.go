package evaluation_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
)

func TestFormulaVariantsAreClean(t *testing.T) {
	for name, mode := range map[string]testgen.FormulaMode{"cached": testgen.FormulasCached, "no cache": testgen.FormulasNoCache} {
		t.Run(name, func(t *testing.T) {
			wb := testgen.Reference()
			wb.Style.Formulas = mode
			findings, rep := check(t, wb)
			if len(findings) != 0 || !rep.Valid {
				t.Errorf("findings: %+v", findings)
			}
			if diff := cmp.Diff(referenceForms, rep.Forms); diff != "" {
				t.Errorf("forms (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStaleCachedFormulaIsCaught(t *testing.T) {
	wb := testgen.Reference()
	wb.Style.Formulas = testgen.FormulasCached
	wb.Department.Matrix.Values[0][0] = "263.79" // cached result of SUM(C16:F16), really 236.79
	layout, err := wb.Layout()
	if err != nil {
		t.Fatal(err)
	}
	findings, _ := check(t, wb)
	wantFindings := resolveAll([]want{
		{evaluation.CodeMatrixRow, "dept.matrix[基本支出][合计]", "236.79", "263.79", "dept.matrix[基本支出][合计]", "236.79"},
	}, layout)
	// The stale total also disagrees with column 合计 and with the budget
	// block's 基本支出: three failures that B16 alone explains.
	wantFindings = append(wantFindings,
		want{evaluation.CodeMatrixColumn, "dept.matrix[合计][合计]", "310.79", "283.79", "dept.matrix[基本支出][合计]", "236.79"}.resolve(layout),
		want{evaluation.CodeAcrossBlocks, "dept.matrix[基本支出][合计]", "236.79", "263.79", "dept.matrix[基本支出][合计]", "236.79"}.resolve(layout),
	)
	if diff := cmp.Diff(wantFindings, findings, sortGot, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// departmentOnly is a workbook with only a budget block, for rules on
// amounts and rates.
func departmentOnly(lines ...testgen.BudgetLine) *testgen.Workbook {
	wb := testgen.Reference()
	wb.Score, wb.Projects = nil, nil
	wb.Department.Matrix = nil
	wb.Department.Lines = lines
	return wb
}

func TestRoundingPassIsNoError(t *testing.T) {
	// 4.79 − 1.99 is printed as 2.81 in a real report: the parts 2.81 and
	// 1.99 add up to 4.80, not 4.79, but each figure is rounded to cents.
	wb := departmentOnly(
		testgen.BudgetLine{Label: "年度资金总额", Initial: "4.79", Adjusted: "4.80", Executed: "4.80", Rate: "1"},
		testgen.BudgetLine{Label: "其中：财政拨款", Initial: "2.81", Adjusted: "2.81", Executed: "2.81", Rate: "1"},
		testgen.BudgetLine{Label: "其他资金", Initial: "1.99", Adjusted: "1.99", Executed: "1.99", Rate: "1"},
	)
	rep := expectFindings(t, wb, []want{
		{evaluation.CodeWithinRounding, "dept.line[年度资金总额].initial", "4.80", "4.79", "", ""},
	})
	if !rep.Valid {
		t.Error("a pass within rounding made the workbook invalid")
	}
}

func TestRoundingDoesNotHideRealGaps(t *testing.T) {
	// Off by 0.02 with two parts: beyond the ±0.015 that rounding allows.
	wb := departmentOnly(
		testgen.BudgetLine{Label: "年度资金总额", Initial: "4.78", Adjusted: "4.80", Executed: "4.80", Rate: "1"},
		testgen.BudgetLine{Label: "其中：财政拨款", Initial: "2.81", Adjusted: "2.81", Executed: "2.81", Rate: "1"},
		testgen.BudgetLine{Label: "其他资金", Initial: "1.99", Adjusted: "1.99", Executed: "1.99", Rate: "1"},
	)
	rep := expectFindings(t, wb, []want{
		{evaluation.CodeSourceSum, "dept.line[年度资金总额].initial", "4.80", "4.78", "", ""},
	})
	if rep.Valid {
		t.Error("a gap of 0.02 passed")
	}
}

func TestZeroBudgets(t *testing.T) {
	wb := departmentOnly(
		testgen.BudgetLine{Label: "年度资金总额", Initial: "100", Adjusted: "100", Executed: "100", Rate: "1"},
		testgen.BudgetLine{Label: "其中：财政拨款", Initial: "100", Adjusted: "100", Executed: "95", Rate: testgen.Percent("0.95")},
		testgen.BudgetLine{Label: "其他资金", Initial: "0", Adjusted: "0", Executed: "5", Rate: ""},
		testgen.BudgetLine{Label: "按支出性质分：基本支出", Initial: "100", Adjusted: "100", Executed: "100", Rate: "1"},
		testgen.BudgetLine{Label: "项目支出", Initial: "0", Adjusted: "0", Executed: "0", Rate: "1"},
	)
	expectFindings(t, wb, []want{
		{evaluation.CodeSpendingNoBudget, "dept.line[其他资金].executed", "0.00", "5.00", "", ""},
		{evaluation.CodeRate, "dept.line[项目支出].rate", "0.00%", "100.00%", "", ""},
	})
}

func TestZeroBudgetRateMayBeBlankDashOrZero(t *testing.T) {
	for _, rate := range []string{"", "—", "-", "/", "0", testgen.Percent("0")} {
		wb := departmentOnly(
			testgen.BudgetLine{Label: "年度资金总额", Initial: "0", Adjusted: "0", Executed: "0", Rate: rate},
		)
		if findings, _ := check(t, wb); len(findings) != 0 {
			t.Errorf("rate %q: %+v", rate, findings)
		}
	}
}

func TestGradeMissingNamesTheGradeCell(t *testing.T) {
	for name, style := range layoutVariants() {
		t.Run(name, func(t *testing.T) {
			wb := testgen.Reference()
			wb.Style = style
			wb.Projects[0].Grade = ""
			expectFindings(t, wb, []want{
				{evaluation.CodeGradeMissing, "project[0].grade", "优", "", "", ""},
			})
		})
	}
}

func TestProjectsAgainstDepartment(t *testing.T) {
	// A second copy of the project: together they report 94.00 of 项目支出
	// where the department has 47.00, for each of the three measures.
	wb := testgen.Reference()
	second := *wb.Projects[0]
	second.SheetName = "项目支出绩效自评表（二）"
	wb.Projects = append(wb.Projects, &second)
	rep := expectFindings(t, wb, []want{
		{evaluation.CodeAcrossSheets, "dept.line[项目支出].initial", "47.00", "94.00", "", ""},
		{evaluation.CodeAcrossSheets, "dept.line[项目支出].adjusted", "47.00", "94.00", "", ""},
		{evaluation.CodeAcrossSheets, "dept.line[项目支出].executed", "47.00", "94.00", "", ""},
	})
	layout, _ := wb.Layout()
	found := false
	for _, f := range rep.Findings {
		want := []string{
			layout["project[0].fund[年度资金总额].executed"].String(),
			layout["project[1].fund[年度资金总额].executed"].String(),
		}
		if f.Cell == layout.Cell("dept.line[项目支出].executed") {
			found = true
			if diff := cmp.Diff(want, f.RelatedElsewhere); diff != "" || len(f.Related) != 0 {
				t.Errorf("related %v, elsewhere (-want +got):\n%s", f.Related, diff)
			}
		}
	}
	if !found {
		t.Error("no finding on the department's 项目支出 spending")
	}
}
