package evaluation_test

import (
	"bytes"
	"context"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/badfile"
	"github.com/jixiao-go/jixiao/internal/testgen"
)

// An amount typed with the unit its block states, 万 or 万元 in a 万元
// block, is read as the number it is: no finding, in every layout.
func TestAmountInTheBlockUnitIsClean(t *testing.T) {
	for vname, style := range layoutVariants() {
		t.Run(vname, func(t *testing.T) {
			wb := testgen.Reference()
			wb.Style = style
			wb.Department.Lines[0].Executed = testgen.AsText("283.79万")
			wb.Department.Matrix.Values[0][2] = testgen.AsText("14.74万元")
			wb.Projects[0].Funds[0].Initial = testgen.AsText("47万")
			findings, rep := check(t, wb)
			if len(findings) != 0 || !rep.Valid {
				t.Errorf("valid=%v findings=%+v", rep.Valid, findings)
			}
		})
	}
}

// An amount typed in 元 in a 万元 block is JX005, with the amount in 万元
// as the expected value and the fix; the other checks use the converted
// amount, so the mistyped unit gives that one finding and nothing else. The
// budget block states its unit above its header (单位：万元), the matrix
// in its title row, the project fund block in its stub label 项目资金（万元）.
func TestAmountInAnotherUnit(t *testing.T) {
	for vname, style := range layoutVariants() {
		t.Run(vname, func(t *testing.T) {
			wb := testgen.Reference()
			wb.Style = style
			wb.Department.Lines[0].Executed = testgen.AsText("2837900元")
			wb.Department.Matrix.Values[0][2] = testgen.AsText("147400元")
			wb.Projects[0].Funds[0].Initial = testgen.AsText("470000 元")
			rep := expectFindings(t, wb, []want{
				{evaluation.CodeAmountUnit, "dept.line[年度资金总额].executed", "283.79", "2837900", "dept.line[年度资金总额].executed", "283.79"},
				{evaluation.CodeAmountUnit, "dept.matrix[基本支出][商品和服务支出]", "14.74", "147400", "dept.matrix[基本支出][商品和服务支出]", "14.74"},
				{evaluation.CodeAmountUnit, "project[0].fund[年度资金总额].initial", "47.00", "470000", "project[0].fund[年度资金总额].initial", "47.00"},
			})
			if rep.Valid {
				t.Error("Valid = true with amounts in the wrong unit")
			}
		})
	}
}

func TestAmountUnitMessage(t *testing.T) {
	wb := testgen.Reference()
	wb.Department.Lines[0].Executed = testgen.AsText("2837900元")
	for _, tt := range []struct{ lang, want string }{
		{"zh", "“年度资金总额·全年执行数”填写为“2837900元”，与本表金额单位“万元”（见 F6）不符，应填 283.79（万元）；其他核对已按 283.79 万元计算。"},
		{"en", "年度资金总额 executed reads \"2837900元\", but the block's amounts are in 万元 (see F6); in 万元 it is 283.79, which the other checks used."},
	} {
		rep := evaluateUnitsCase(t, wb, evaluation.Options{Language: tt.lang})
		want := []evaluation.Finding{{
			Code: evaluation.CodeAmountUnit, Severity: evaluation.SeverityError, Sheet: "部门整体支出绩效自评表", Cell: "D8",
			Related: []string{"F6"}, Expected: "283.79", Actual: "2837900", Message: tt.want,
			Fix: &evaluation.Fix{Cell: "D8", Value: "283.79"},
		}}
		if diff := cmp.Diff(want, rep.Findings, findingOpts); diff != "" {
			t.Errorf("%s: findings (-want +got):\n%s", tt.lang, diff)
		}
	}
}

// The converted amount takes part in the sums: 2800000元 is 280.00 万元,
// which does not add up, and the sums' fix is in 万元 too.
func TestConvertedAmountIsSummed(t *testing.T) {
	wb := testgen.Reference()
	wb.Department.Lines[0].Initial = testgen.AsText("2800000元")
	const total = "dept.line[年度资金总额].initial"
	expectFindings(t, wb, []want{
		// One fix for the cell, the one that mends every finding on it.
		{evaluation.CodeAmountUnit, total, "280.00", "2800000", total, "283.79"},
		{evaluation.CodeSourceSum, total, "283.79", "280.00", total, "283.79"},
		{evaluation.CodeNatureSum, total, "283.79", "280.00", total, "283.79"},
	})
}

// In a 元 block, 283.79万 is 2837900.00 元, and the sums pass with it.
func TestWanInAYuanBlock(t *testing.T) {
	wb := departmentOnly(
		testgen.BudgetLine{Label: "年度资金总额", Initial: "2837900", Adjusted: "2837900", Executed: "2837900", Rate: "1"},
		testgen.BudgetLine{Label: "其中：财政拨款", Initial: "2837900", Adjusted: "2837900", Executed: testgen.AsText("283.79万"), Rate: "1"},
		testgen.BudgetLine{Label: "其他资金", Initial: "0", Adjusted: "0", Executed: "0", Rate: "—"},
	)
	wb.Department.Unit = "单位：元"
	const at = "dept.line[其中：财政拨款].executed"
	expectFindings(t, wb, []want{{evaluation.CodeAmountUnit, at, "2837900.00", "283.79", at, "2837900.00"}})
}

// A block that states no unit is not judged: its amounts are used as
// written, whatever unit follows them.
func TestBlockWithoutUnitIsNotJudged(t *testing.T) {
	wb := departmentOnly(
		testgen.BudgetLine{Label: "年度资金总额", Initial: "283.79", Adjusted: "283.79", Executed: testgen.AsText("283.79万"), Rate: "1"},
		testgen.BudgetLine{Label: "其中：财政拨款", Initial: "283.79", Adjusted: "283.79", Executed: testgen.AsText("283.79元"), Rate: "1"},
	)
	wb.Department.Unit = ""
	findings, rep := check(t, wb)
	if len(findings) != 0 || !rep.Valid {
		t.Errorf("valid=%v findings=%+v", rep.Valid, findings)
	}
}

// A matrix that states no unit is in the unit of the budget block on its
// sheet.
func TestMatrixTakesTheBudgetBlockUnit(t *testing.T) {
	wb := testgen.Reference()
	wb.Department.Matrix.Values[0][2] = testgen.AsText("147400元")
	data, layout, err := wb.Build()
	if err != nil {
		t.Fatal(err)
	}
	// Drop the matrix's own 单位：万元 (a shared string in sheet1.xml).
	unitCell := regexp.MustCompile(`<c r="` + layout["dept.matrix.unit"].A1() + `"[^>]*><v>[0-9]+</v></c>`)
	data, err = badfile.EditEntry(data, "xl/worksheets/sheet1.xml", func(b []byte) []byte {
		if !unitCell.Match(b) {
			t.Fatalf("no cell %s in sheet1.xml", layout["dept.matrix.unit"].A1())
		}
		return unitCell.ReplaceAll(b, nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := evaluation.EvaluateReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), "gen.xlsx", evaluation.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const at = "dept.matrix[基本支出][商品和服务支出]"
	want := []evaluation.Finding{{
		Code: evaluation.CodeAmountUnit, Severity: evaluation.SeverityError, Sheet: layout[at].Sheet, Cell: layout[at].A1(),
		Related: []string{layout["dept.budget.unit"].A1()}, Expected: "14.74", Actual: "147400",
		Fix: &evaluation.Fix{Cell: layout[at].A1(), Value: "14.74"},
	}}
	if diff := cmp.Diff(want, rep.Findings, findingOpts, cmpopts.IgnoreFields(evaluation.Finding{}, "Message")); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// Switching JX005 off drops the finding, not the conversion: the sums still
// use the amount in the block's unit and pass.
func TestDisabledAmountUnitStillConverts(t *testing.T) {
	wb := testgen.Reference()
	wb.Department.Lines[0].Executed = testgen.AsText("2837900元")
	rep := evaluateUnitsCase(t, wb, evaluation.Options{Disable: []string{evaluation.CodeAmountUnit}})
	if len(rep.Findings) != 0 || !rep.Valid {
		t.Errorf("valid=%v findings=%+v", rep.Valid, rep.Findings)
	}
}

func evaluateUnitsCase(t *testing.T, wb *testgen.Workbook, opts evaluation.Options) *evaluation.Report {
	t.Helper()
	data, err := wb.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := evaluation.EvaluateReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), "gen.xlsx", opts)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// inYuan rewrites the reference matrix in 元: every amount times 10,000,
// and 单位：元 in its title row.
func inYuan(wb *testgen.Workbook) {
	wb.Department.MatrixUnit = "单位：元"
	for i, row := range wb.Department.Matrix.Values {
		for j, v := range row {
			wb.Department.Matrix.Values[i][j] = mustDecimal(v).Shift(4).String()
		}
	}
}

// A matrix that states 元 beside a budget block in 万元 is compared with it
// in 万元 (JX105): the reference's amounts written in 元 give no finding, in
// every layout.
func TestBlocksInDifferentUnitsAgree(t *testing.T) {
	for vname, style := range layoutVariants() {
		t.Run(vname, func(t *testing.T) {
			wb := testgen.Reference()
			wb.Style = style
			inYuan(wb)
			findings, rep := check(t, wb)
			if len(findings) != 0 || !rep.Valid {
				t.Errorf("valid=%v findings=%+v", rep.Valid, findings)
			}
		})
	}
}

// When a matrix in 元 and a budget block in 万元 disagree, JX105 gives
// both amounts in 万元, says it converted them, and offers no fix: a fix is
// written in the unit of its own block.
func TestBlocksInDifferentUnitsDisagree(t *testing.T) {
	wb := testgen.Reference()
	inYuan(wb)
	wb.Department.Lines[3].Executed = "236.70" // 基本支出; the block's own sums now fail too
	_, rep := check(t, wb)
	var got []evaluation.Finding
	for _, f := range rep.Findings {
		if f.Code == evaluation.CodeAcrossBlocks {
			got = append(got, f)
		}
	}
	if len(got) != 1 {
		t.Fatalf("JX105 findings: %+v", got)
	}
	f := got[0]
	if f.Expected != "236.700000" || f.Actual != "236.790000" || f.Fix != nil || !regexp.MustCompile(`已按万元换算比较`).MatchString(f.Message) {
		t.Errorf("JX105: expected %s, actual %s, fix %+v, message %s", f.Expected, f.Actual, f.Fix, f.Message)
	}
}

// Project sheets whose fund blocks state 元 are added up in 万元 against
// the department's 项目支出 (JX106): consistent amounts give no finding, a
// project over the department's total gives JX106 in 万元.
func TestProjectSheetsInAnotherUnit(t *testing.T) {
	wb := testgen.Reference()
	p := wb.Projects[0]
	p.FundUnit = "元"
	for i := range p.Funds {
		for _, v := range []*string{&p.Funds[i].Initial, &p.Funds[i].Adjusted, &p.Funds[i].Executed} {
			if *v != "" {
				*v = mustDecimal(*v).Shift(4).String()
			}
		}
	}
	findings, rep := check(t, wb)
	if len(findings) != 0 || !rep.Valid {
		t.Fatalf("valid=%v findings=%+v", rep.Valid, findings)
	}
	wb.Department.Lines[4].Initial = "40" // 项目支出, below the project's 47
	_, rep = check(t, wb)
	for _, f := range rep.Findings {
		if f.Code == evaluation.CodeAcrossSheets {
			if f.Expected != "40.000000" || f.Actual != "47.000000" || !regexp.MustCompile(`已按万元换算比较`).MatchString(f.Message) {
				t.Errorf("JX106: expected %s, actual %s, message %s", f.Expected, f.Actual, f.Message)
			}
			return
		}
	}
	t.Fatalf("no JX106 in %+v", rep.Findings)
}
