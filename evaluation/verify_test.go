package evaluation_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
)

// A typo in the 全年执行数 total: the sums, the rate and the comparison with
// the economic classification all fail, and all of them name D8 and the
// value it should hold. The comparison finding moves to D8, so that no
// finding expects the typo, and the rate finding, which is right once D8 is,
// says that it follows from D8 and expects nothing of its own.
func TestFixNamesTheWrongCell(t *testing.T) {
	wb := testgen.Reference()
	wb.Department.Lines[0].Executed = "283.97"
	wb.Score, wb.Projects = nil, nil
	rep := expectFindings(t, wb, []want{
		{evaluation.CodeSourceSum, "dept.line[年度资金总额].executed", "283.79", "283.97", "dept.line[年度资金总额].executed", "283.79"},
		{evaluation.CodeNatureSum, "dept.line[年度资金总额].executed", "283.79", "283.97", "dept.line[年度资金总额].executed", "283.79"},
		{evaluation.CodeAcrossBlocks, "dept.line[年度资金总额].executed", "283.79", "283.97", "dept.line[年度资金总额].executed", "283.79"},
		{evaluation.CodeRate, "dept.line[年度资金总额].rate", "", "100.00%", "dept.line[年度资金总额].executed", "283.79"},
	})
	for _, f := range rep.Findings {
		if f.Code == evaluation.CodeRate && !strings.HasSuffix(f.Message, "（此项由 D8 的错误引起，按建议修改 D8 后即一致。）") {
			t.Errorf("the rate finding does not say it follows from D8: %s", f.Message)
		}
		if f.Code == evaluation.CodeAcrossBlocks && (f.Ref().A1() != "D8" || len(f.Related) != 1 || f.Related[0] != "B18") {
			t.Errorf("the comparison finding is at %s, related %v; want D8, related B18", f.Ref().A1(), f.Related)
		}
	}
}

// A score that contradicts its printed rule: the fix is the rule's score,
// and since the 合计, the subtotal and the 自评总分 were typed to fit the
// wrong score, the fix says they change in turn.
func TestFixCarriesTheTotalsThatFollow(t *testing.T) {
	wb := scoreSheetOnly()
	scoreRow(t, wb, "全国科普日主场活动参与人次").Score = "5.04" // the rule gives 5.54
	wb.Score.TotalScore, wb.Score.Total = "96.45", "96.45"
	wb.Score.Subtotals[0].Value = "47.95"
	wb.Score.Grade = "优"
	_, rep := check(t, wb)
	var fix *evaluation.Fix
	for _, f := range rep.Findings {
		if f.Code == evaluation.CodeRuleScore {
			fix = f.Fix
		}
	}
	want := &evaluation.Fix{Cell: "I6", Value: "5.54", Then: []evaluation.FixStep{{Cell: "I29", Value: "96.95"}, {Cell: "B31", Value: "48.45"}, {Cell: "B33", Value: "96.95"}}}
	if diff := cmp.Diff(want, fix); diff != "" {
		t.Errorf("fix (-want +got):\n%s", diff)
	}
}
