package evaluation_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/xuri/excelize/v2"
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
		wb.Score.Rows[i].Rule = "按附表3执行"
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

// A rule that leaves the score to a person (酌情, 根据…评分) is judged, not
// unreadable: counted as left to a person, with no JX404 note.
func TestJudgementRulesAreLeftToAPerson(t *testing.T) {
	wb := testgen.Reference()
	for i := range wb.Score.Rows {
		wb.Score.Rows[i].Rule = "根据实际情况酌情打分"
	}
	findings, rep := check(t, wb)
	want := &evaluation.Coverage{Total: 25, Manual: 25}
	if diff := cmp.Diff(want, rep.Forms[1].Recomputed); diff != "" {
		t.Errorf("coverage (-want +got):\n%s", diff)
	}
	if len(findings) != 0 || !rep.Valid {
		t.Errorf("judged rules gave findings: %+v", findings)
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
		// Without a printed rule only full marks for a missed target is an
		// error (a partial score is a person's judgement); its expected
		// score is the proportional one.
		{"参与公众满意度 (project default rule)", "project[0].row[参与公众满意度].score", "9.68",
			func(w *testgen.Workbook) { w.Projects[0].Indicators[6].Score = "10" }},
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

// opColumnWorkbook is a score sheet with separate 指标性质 and 度量单位
// columns, as many real tables have: the rows hold 三级 name, weight, rule,
// operator, target, unit, actual and score, with target, actual, weight and
// score typed as numbers.
func opColumnWorkbook(t *testing.T, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Sheet1"
	header := []any{"一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标性质", "目标值", "度量单位", "实际完成值", "得分"}
	if err := f.SetSheetRow(sheet, "A1", &header); err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		row := append([]any{"产出指标", "数量指标"}, r...)
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// evaluateBytesFindings evaluates an .xlsx file and lists its findings as
// "code cell expected actual".
func evaluateBytesFindings(t *testing.T, data []byte) ([]string, *evaluation.Report) {
	t.Helper()
	rep, err := evaluation.EvaluateReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), "op.xlsx", evaluation.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range rep.Findings {
		out = append(out, f.Code+" "+f.Cell+" "+f.Expected+" "+f.Actual)
	}
	return out, rep
}

// A separate 指标性质 column gives the target its operator: ≤5天 against 3天
// is met, and full marks are right (issue 12: the operator was dropped
// before scoring, and 3/5 of the weight was expected).
func TestOperatorColumnIsScored(t *testing.T) {
	const prop = "按完成比例计算得分，满分为止"
	for _, tc := range []struct {
		name    string
		actual  int
		want    []string
		matched int
	}{
		{"met", 3, nil, 2},
		// 8天 against ≤5天: target/actual × 50 = 31.25.
		{"missed", 8, []string{evaluation.CodeMissedFullMarks + " J2 31.25 50.00"}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := opColumnWorkbook(t, [][]any{
				{"投诉办结时限", 50, prop, "≤", 5, "天", tc.actual, 50},
				{"培训场次", 50, prop, "≥", 40, "场", 42, 50},
			})
			findings, rep := evaluateBytesFindings(t, data)
			if diff := cmp.Diff(tc.want, findings, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			if got := rep.Forms[0].Recomputed; got == nil || got.Matched != tc.matched || got.Total != 2 {
				t.Errorf("coverage = %+v, want %d of 2 matched", got, tc.matched)
			}
		})
	}
}

// Typed counts stand for themselves; percentages and amounts stand for the
// interval of the places they show (issue 12: ≥2场 against 1场 with full
// marks passed, each count widened by half a unit until they overlapped).
func TestTypedCountsAreExact(t *testing.T) {
	for _, tc := range []struct {
		name, row      string
		target, actual string
		want           []want
	}{
		// 1/2 × 5 = 2.50; as intervals, [0.5, 1.5] / [1.5, 2.5] reached 5.
		{"≥2场 against 1场", "琶洲科技论坛举办场次", "≥2场", "1场", []want{
			{evaluation.CodeMissedFullMarks, "score.row[琶洲科技论坛举办场次].score", "2.50", "5.00", "score.row[琶洲科技论坛举办场次].score", "2.50"},
		}},
		// 3/4 × 5 = 3.75.
		{"4个 against 3个", "战略合作单位引入数量", "4个", "3个", []want{
			{evaluation.CodeMissedFullMarks, "score.row[战略合作单位引入数量].score", "3.75", "5.00", "score.row[战略合作单位引入数量].score", "3.75"},
		}},
		{"95.00% against ≥95%", "固定资产利用率", "≥95%", "95.00%", nil},
		// 94.5/95 × 3 = 2.98, but 95% shows no places of a percent and may
		// stand for 94.5%: a percentage is still an interval.
		{"94.5% against ≥95% within rounding", "固定资产利用率", "≥95%", "94.5%", nil},
		{"counts met", "科普活动开展场次", "≥40场", "40场", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wb := testgen.Reference()
			row := scoreRow(t, wb, tc.row)
			row.Target, row.Actual = tc.target, tc.actual
			expectFindings(t, wb, tc.want)
		})
	}
}

// A recomputed score one unit off in its last digit is a rounding slip: a
// warning with the fix, not a wrong score.
func TestRecomputedSlipIsAWarning(t *testing.T) {
	wb := testgen.Reference()
	wb.Department, wb.Score = nil, nil
	row := &wb.Projects[0].Indicators[0]   // 科普活动场次, ≥40场, weight 15
	row.Actual, row.Score = "38场", "14.26" // the default rule gives 38/40 × 15 = 14.25
	wb.Projects[0].TotalScore = "98.94"
	rep := expectFindings(t, wb, []want{
		{evaluation.CodeRoundingSlip, "project[0].row[科普活动场次].score", "14.25", "14.26", "project[0].row[科普活动场次].score", "14.25"},
	})
	if got := rep.Forms[0].Recomputed; got.Matched != 7 || got.Differs != 0 {
		t.Errorf("coverage = %+v, want 7 matched", got)
	}
	if !rep.Valid {
		t.Error("a rounding slip made the workbook invalid")
	}
}

// A deduction charges whole steps unless Options.ProrateSteps asks for
// part steps too: 预算完成率 97.5% under "每低1个百分点扣0.1分" on 4 points
// is 3.8 (2 whole steps), or 3.75 prorated.
func TestProrateStepsOption(t *testing.T) {
	wb := testgen.Reference()
	row := scoreRow(t, wb, "预算完成率")
	row.Actual, row.Score = "97.5%", "3.8"
	data, _, err := wb.Build()
	if err != nil {
		t.Fatal(err)
	}
	ruleScore := func(opts evaluation.Options) []string {
		rep, err := evaluation.EvaluateReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), "prorate.xlsx", opts)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range rep.Findings {
			if f.Code == evaluation.CodeRuleScore {
				got = append(got, f.Cell+" "+f.Expected+" "+f.Actual)
			}
		}
		return got
	}
	if got := ruleScore(evaluation.Options{}); len(got) != 0 {
		t.Errorf("whole steps: %v, want 3.8 to agree", got)
	}
	cell := wb.Where("score.row[预算完成率].score")
	if got := ruleScore(evaluation.Options{ProrateSteps: true}); len(got) != 1 || got[0] != cell+" 3.75 3.80" {
		t.Errorf("prorated: %v, want [%s 3.75 3.80]", got, cell)
	}
}

// An actual written as a sentence is read from its last figure when that
// is unambiguous, and the finding names the figure and the sentence.
func TestActualFromSentence(t *testing.T) {
	wb := testgen.Reference()
	row := scoreRow(t, wb, "固定资产利用率") // ≥95%, 按完成比例计算得分, weight 3
	row.Actual = "在用固定资产36万元，全部固定资产40万元，90.00%"
	findings, rep := check(t, wb)
	cell := wb.Where("score.row[固定资产利用率].score")
	var msg string
	for _, f := range rep.Findings {
		if f.Cell == cell {
			msg = f.Message
		}
	}
	want := []got{{Code: evaluation.CodeMissedFullMarks, Sheet: "部门整体支出绩效评价评分表", Cell: cell, Expected: "2.84", Actual: "3.00", Fix: cell + "=2.84"}}
	if diff := cmp.Diff(want, findings, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if !strings.Contains(msg, "实际完成“90.00%”（取自“在用固定资产36万元，全部固定资产40万元，90.00%”）") {
		t.Errorf("the message does not name the figure used: %s", msg)
	}
	// a rate that disagrees with its amounts is no figure to score with
	row.Actual = "在用固定资产36万元，全部固定资产40万元，95.00%"
	if findings, _ := check(t, wb); len(findings) != 0 {
		t.Errorf("an ambiguous sentence was scored: %+v", findings)
	}
}

// With no target in its row, a rule's own threshold is the target:
// "“三公”经费控制率≤100%得满分，每超过1个百分点扣0.5分" on 103% charges 3 whole
// steps, 3 − 1.5 = 1.5, so full marks are an error.
func TestThresholdFromTheRuleWithoutATarget(t *testing.T) {
	wb := testgen.Reference()
	row := scoreRow(t, wb, "“三公”经费控制率")
	row.Target, row.Actual = "", "103%"
	findings, _ := check(t, wb)
	cell := wb.Where("score.row[“三公”经费控制率].score")
	want := []got{{Code: evaluation.CodeMissedFullMarks, Sheet: "部门整体支出绩效评价评分表", Cell: cell, Expected: "1.50", Actual: "3.00", Fix: cell + "=1.50"}}
	if diff := cmp.Diff(want, findings, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}
