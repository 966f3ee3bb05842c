package evaluation_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
)

// The department budget lines as bureaus write them, around the reference's
// amounts: 283.79 in all, 236.79 基本支出 and 47 项目支出.
var (
	lineTotal   = testgen.BudgetLine{Label: "年度资金总额", Initial: "283.79", Adjusted: "283.79", Executed: "283.79", Rate: "1"}
	lineFiscal  = testgen.BudgetLine{Label: "其中：财政拨款", Initial: "283.79", Adjusted: "283.79", Executed: "283.79", Rate: "1"}
	lineOther   = testgen.BudgetLine{Label: "      其他资金", Initial: "0", Adjusted: "0", Executed: "0", Rate: "—"}
	lineBasic   = testgen.BudgetLine{Label: "按支出性质分：基本支出", Initial: "236.79", Adjusted: "236.79", Executed: "236.79", Rate: "1"}
	lineProject = testgen.BudgetLine{Label: "      项目支出", Initial: "47", Adjusted: "47", Executed: "47", Rate: "1"}
	lineBlank   = testgen.BudgetLine{}
)

func TestBudgetBlocksAsBureausWriteThem(t *testing.T) {
	wrongProject := lineProject
	wrongProject.Executed = "46"
	for _, tc := range []struct {
		name  string
		lines []testgen.BudgetLine
		want  []want
	}{
		{
			name:  "a spacer row does not hide an error below it",
			lines: []testgen.BudgetLine{lineTotal, lineFiscal, lineOther, lineBlank, lineBasic, wrongProject},
			want: []want{
				{evaluation.CodeNatureSum, "dept.line[年度资金总额].executed", "282.79", "283.79", "", ""},
				{evaluation.CodeRate, "dept.line[项目支出].rate", "97.87%", "100.00%", "dept.line[项目支出].rate", "97.87%"},
			},
		},
		{
			name: "其中 sub-lines under 基本支出 are not natures",
			lines: []testgen.BudgetLine{lineTotal, lineFiscal, lineOther, lineBasic,
				{Label: "其中：人员经费", Initial: "200", Adjusted: "200", Executed: "200", Rate: "1"},
				{Label: "      公用经费", Initial: "36.79", Adjusted: "36.79", Executed: "36.79", Rate: "1"},
				lineProject},
		},
		{
			name: "财政拨款 split into its parts, with no line of its own",
			lines: []testgen.BudgetLine{lineTotal,
				{Label: "其中：一般公共预算财政拨款", Initial: "280", Adjusted: "280", Executed: "280", Rate: "1"},
				{Label: "      政府性基金预算财政拨款", Initial: "3.79", Adjusted: "3.79", Executed: "3.79", Rate: "1"},
				lineOther, lineBasic, lineProject},
		},
		{
			name: "财政拨款 and then its parts",
			lines: []testgen.BudgetLine{lineTotal, lineFiscal,
				{Label: "  一般公共预算财政拨款", Initial: "280", Adjusted: "280", Executed: "280", Rate: "1"},
				{Label: "  政府性基金预算财政拨款", Initial: "3.79", Adjusted: "3.79", Executed: "3.79", Rate: "1"},
				lineOther, lineBasic, lineProject},
		},
		{
			name: "a zero budget with a rate typed",
			lines: []testgen.BudgetLine{lineTotal, lineFiscal, lineOther, lineBasic, lineProject,
				{Label: "上年结转资金", Initial: "0", Adjusted: "0", Executed: "5", Rate: "1"}},
			want: []want{
				{evaluation.CodeSourceSum, "dept.line[年度资金总额].executed", "288.79", "283.79", "", ""},
				{evaluation.CodeSpendingNoBudget, "dept.line[上年结转资金].executed", "0.00", "5.00", "", ""},
				{evaluation.CodeRate, "dept.line[上年结转资金].rate", "", "100.00%", "", ""},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wb := departmentOnly(tc.lines...)
			expectFindings(t, wb, tc.want)
		})
	}
}

// A rate typed as a bare percentage, 79.27 for 79.27%, under 执行率 or
// 执行率（%）, is read as the percentage it is, and its fix is written the
// same way.
func TestRatesAsBarePercentages(t *testing.T) {
	for _, word := range []string{"执行率", "执行率（%）"} {
		wb := departmentOnly(lineTotal, lineFiscal, lineOther, lineBasic,
			testgen.BudgetLine{Label: "      项目支出", Initial: "47", Adjusted: "47", Executed: "37.26", Rate: bare("79.28")})
		wb.Department.Lines[0].Executed = "274.05"
		wb.Department.Lines[1].Executed = "274.05"
		wb.Department.Lines[0].Rate = bare("96.57")
		wb.Department.Lines[1].Rate = bare("96.57")
		wb.Department.Lines[3].Rate = bare("100")
		wb.Style.RateWord = word
		layout, err := wb.Layout()
		if err != nil {
			t.Fatal(err)
		}
		if findings, _ := check(t, wb); len(findings) != 0 {
			t.Errorf("%s: findings %+v, want none", word, findings)
		}
		// A bare 79.1 shows one place of a percent: 79.28% shows as 79.3,
		// two units off, and the fix is typed as the rate is.
		wb.Department.Lines[4].Rate = bare("79.1")
		findings, _ := check(t, wb)
		wants := resolveAll([]want{
			{evaluation.CodeRate, "dept.line[项目支出].rate", "0.793", "0.791", "dept.line[项目支出].rate", "79.3"},
		}, layout)
		if diff := cmp.Diff(wants, findings, sortGot, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: findings (-want +got):\n%s", word, diff)
		}
	}
}

// bare is a number stored under the General format, as a person types a
// percentage without its sign.
func bare(v string) string { return testgen.WithFormat(v, "General") }

// A rate one unit off in its last digit is a rounding slip, a warning with
// the fix; two units off is an error.
func TestRateSlipIsAWarning(t *testing.T) {
	lines := func(rate string) []testgen.BudgetLine {
		return []testgen.BudgetLine{
			{Label: "年度资金总额", Initial: "283.79", Adjusted: "283.79", Executed: "244.56", Rate: rate}, // 86.1764%
			{Label: "其中：财政拨款", Initial: "283.79", Adjusted: "283.79", Executed: "244.56", Rate: "0.8618"},
			lineOther,
			{Label: "按支出性质分：基本支出", Initial: "236.79", Adjusted: "236.79", Executed: "197.56", Rate: "0.8343"},
			lineProject,
		}
	}
	expectFindings(t, departmentOnly(lines("0.8619")...), []want{
		{evaluation.CodeRoundingSlip, "dept.line[年度资金总额].rate", "86.18%", "86.19%", "dept.line[年度资金总额].rate", "86.18%"},
	})
	expectFindings(t, departmentOnly(lines("0.8620")...), []want{
		{evaluation.CodeRate, "dept.line[年度资金总额].rate", "86.18%", "86.20%", "dept.line[年度资金总额].rate", "86.18%"},
	})
}

// An amount shown as #,##0 is judged at the places it shows: 283.79 shown
// as 284 is consistent with its parts within rounding, not a gap of 0.21.
func TestAmountShownWithoutPlaces(t *testing.T) {
	total := lineTotal
	total.Initial = testgen.WithFormat("283.79", "#,##0")
	expectFindings(t, departmentOnly(total, lineFiscal, lineOther, lineBasic, lineProject), []want{
		{evaluation.CodeWithinRounding, "dept.line[年度资金总额].initial", "283.79", "284.00", "", ""},
		{evaluation.CodeWithinRounding, "dept.line[年度资金总额].initial", "283.79", "284.00", "", ""},
	})
}
