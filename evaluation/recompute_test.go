package evaluation_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
)

// scoreRow returns the reference score-sheet row of that 三级 name.
func scoreRow(t *testing.T, wb *testgen.Workbook, name string) *testgen.ScoreRow {
	t.Helper()
	for i := range wb.Score.Rows {
		if wb.Score.Rows[i].Level3 == name {
			return &wb.Score.Rows[i]
		}
	}
	t.Fatalf("no row %s", name)
	return nil
}

func TestMissedTargetWithFullMarks(t *testing.T) {
	// A real 2021 table: 政府采购执行率 target 100%, actual 72.74%, weight 2,
	// full marks given; the proportional rule gives 1.45. The weights and
	// scores are moved so that every sum still foots.
	wb := testgen.Reference()
	gp := scoreRow(t, wb, "政府采购执行率")
	gp.Actual, gp.Weight, gp.Score = "72.74%", "2", "2"
	other := scoreRow(t, wb, "预算编制合理性")
	other.Weight, other.Score = "6", "6"
	rep := expectFindings(t, wb, []want{
		{evaluation.CodeMissedFullMarks, "score.row[政府采购执行率].score", "1.45", "2.00", "score.row[政府采购执行率].score", "1.45"},
	})
	if got := rep.Forms[1].Recomputed; got == nil || got.Differs != 1 || got.Matched != 19 {
		t.Errorf("coverage = %+v, want 19 matched and 1 differing", got)
	}
}

func TestUnreadableRulesStillEvaluate(t *testing.T) {
	wb := testgen.Reference()
	for i := range wb.Score.Rows {
		wb.Score.Rows[i].Rule = "根据实际情况酌情打分"
	}
	findings, rep := check(t, wb)
	if !rep.Valid {
		t.Errorf("unreadable rules made the workbook invalid")
	}
	want := &evaluation.Coverage{Total: 25, Unreadable: 25}
	if diff := cmp.Diff(want, rep.Forms[1].Recomputed); diff != "" {
		t.Errorf("coverage (-want +got):\n%s", diff)
	}
	n := 0
	for _, f := range findings {
		if f.Code == evaluation.CodeRuleUnreadable {
			n++
		}
	}
	if n != 25 || len(findings) != 25 {
		t.Errorf("want 25 JX404 notes and nothing else, got %d of %d: %+v", n, len(findings), findings)
	}
}

func TestUnitMismatchIsNotCompared(t *testing.T) {
	wb := testgen.Reference()
	row := scoreRow(t, wb, "科普活动开展场次") // ≥40场
	row.Actual = "42个"
	rep := expectFindings(t, wb, []want{
		{evaluation.CodeUnitMismatch, "score.row[科普活动开展场次].actual", "", "42个", "", ""},
	})
	if got := rep.Forms[1].Recomputed; got.Unusable != 1 || got.Matched != 19 {
		t.Errorf("coverage = %+v", got)
	}
}

func TestPercentTargetsStoredAsNumbers(t *testing.T) {
	// 服务对象满意度 ≥95% / 90% → 4.74, with both values typed as numbers
	// under a percentage format instead of as text.
	wb := testgen.Reference()
	row := scoreRow(t, wb, "服务对象满意度")
	row.Target, row.Actual = testgen.Percent("0.95"), testgen.Percent("0.9")
	findings, rep := check(t, wb)
	if len(findings) != 0 {
		t.Errorf("findings: %+v", findings)
	}
	if got := rep.Forms[1].Recomputed; got.Matched != 20 {
		t.Errorf("coverage = %+v, want 20 matched", got)
	}
}

func TestRecomputedFiguresOfTheSeedCase(t *testing.T) {
	// Each declared score is replaced by 1.00; the finding must give back
	// the figure the rule computes, which the seed workbook declares.
	for _, tc := range []struct {
		name, key, want string
		set             func(*testgen.Workbook)
	}{
		{"全国科普日主场活动参与人次", "score.row[全国科普日主场活动参与人次].score", "5.54",
			func(w *testgen.Workbook) { scoreRow(t, w, "全国科普日主场活动参与人次").Score = "1" }},
		{"新时代科普实践基地创建数量", "score.row[新时代科普实践基地创建数量].score", "4.17",
			func(w *testgen.Workbook) { scoreRow(t, w, "新时代科普实践基地创建数量").Score = "1" }},
		{"服务对象满意度", "score.row[服务对象满意度].score", "4.74",
			func(w *testgen.Workbook) { scoreRow(t, w, "服务对象满意度").Score = "1" }},
		{"预算完成率 (deduction)", "score.row[预算完成率].score", "4.00",
			func(w *testgen.Workbook) { scoreRow(t, w, "预算完成率").Score = "1" }},
		{"预决算信息公开性 (binary)", "score.row[预决算信息公开性].score", "2.00",
			func(w *testgen.Workbook) { scoreRow(t, w, "预决算信息公开性").Score = "1" }},
		{"参与公众满意度 (project default rule)", "project[0].row[参与公众满意度].score", "9.68",
			func(w *testgen.Workbook) { w.Projects[0].Indicators[6].Score = "1" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wb := testgen.Reference()
			tc.set(wb)
			layout, _ := wb.Layout()
			findings, _ := check(t, wb)
			at := layout[tc.key]
			for _, f := range findings {
				if (f.Code == evaluation.CodeRuleScore || f.Code == evaluation.CodeMissedFullMarks) && f.Sheet == at.Sheet && f.Cell == at.A1() {
					if f.Expected != tc.want || f.Fix != at.A1()+"="+tc.want {
						t.Errorf("expected %s (fix %s), want %s", f.Expected, f.Fix, tc.want)
					}
					return
				}
			}
			t.Errorf("no JX401 at %s: %+v", at, findings)
		})
	}
}
