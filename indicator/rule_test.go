package indicator

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/internal/num"
	"github.com/shopspring/decimal"
)

// ruleDecimalEqual compares decimals by value: 1.0 equals 1.
func ruleDecimalEqual() cmp.Option {
	return cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })
}

func ruleDec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func ruleDecP(s string) *decimal.Decimal {
	d := ruleDec(s)
	return &d
}

func TestParseRuleKind(t *testing.T) {
	tests := []struct {
		kind  RuleKind
		texts []string
	}{
		{RuleNone, []string{"", "   ", "\n\t", "\u3000"}},
		{RuleProportional, []string{
			"按完成比例计算得分，满分为止",
			"按完成比例计算得分,满分为止",
			"按完成比例计算得分，满分为止。",
			"按 完成比例 计算得分 ，\n满分为止",
			"按完成比例得分",
			"按完成比例计分",
			"按比例计分",
			"按比例计算",
			"按照完成比例计算得分",
			"按实际完成比例计分，最高不超过满分",
			"按实际完成比例计分；最高不超过该项分值",
			"按实际完成率计算得分，以满分为限",
			"按完成比例得分，最高得满分",
			"按完成率计分，超过100%的按100%计算",
			"按完成率计分，超过１００％的按１００％计算",
			"完成率×分值",
			"完成率*分值",
			"完成率＊分值",
			"得分=完成率×分值",
			"得分＝完成率×该指标分值",
			"实际完成值/目标值×分值",
			"（实际完成值/目标值）×分值",
			"(实际完成值/目标值)×分值，满分为止",
			"分值×完成率",
			"评分标准：按完成比例计算得分，满分为止",
			"未完成的按比例扣分，扣完为止",
			"完成目标值得满分，未完成按比例得分",
			"达到目标值得满分；未达到的按完成比例计分",
			"全部完成得满分，未全部完成的按完成比例计算得分，满分为止",
		}},
		{RuleDeduction, []string{
			"预算完成率=100%得满分，每低1个百分点扣0.1分，扣完为止",
			"预算完成率＝100％得满分，每低1个百分点扣0.1分，扣完为止",
			"预算完成率=100%得满分，每低1个百分点扣0.1分",
			"预算完成率=100%得满分，每低1%扣0.1分，扣完为止",
			"预算完成率=100%，得满分；每低1个百分点，扣0.1分，扣完为止。",
			"预算完成率达到100%计满分，每降低一个百分点扣0.1分，扣完为止",
			"预算完成率100%得满分,每低1个百分点扣0.1分,扣完为止",
			"预算调整率=0得满分，每增加1个百分点扣0.1分，扣完为止",
			"预算调整率为0得满分，每增加1个百分点扣0.1分",
			"结转结余率≤5%得满分，每超过1个百分点扣0.5分，扣完为止",
			"结转结余率≤5%得满分，每超过1个百分点扣0.5分，扣完该项分值为止",
			"结转结余率控制在5%以内得满分，每超过1个百分点扣0.5分",
			"“三公”经费控制率≤100%得满分，每超过1个百分点扣0.5分，扣完为止",
			"\"三公\"经费控制率≤100%得满分,每超过1个百分点扣0.5分,扣完为止",
			"每低于目标值1个百分点扣0.2分",
			"每低于目标值1个百分点扣0.2分，扣完为止",
			"每低1个百分点扣0.1分",
			"每低1个百分点，扣0.1分",
			"每低5个百分点扣1分，扣完为止",
			"完成率低于100%的，每低1个百分点扣0.1分",
			"≥95%得满分，每低1个百分点扣0.5分，最多扣2分",
			"≥40场得满分，每少1场扣0.5分",
			"每减少1场扣0.5分，扣至0分为止",
		}},
		{RuleBands, []string{
			"预算调整率=0，计3分；0-10%（含），计2分；10-20%（含），计1分；大于30%不得分",
			"预算调整率=0,计3分;0-10%(含),计2分;10-20%(含),计1分;大于30%不得分",
			"≥95%得满分；90%（含）-95%得3分；低于90%不得分",
			"满意度90%以上得5分，80%-90%得3分，80%以下不得分",
			"结转结余率≤5%得满分，否则不得分",
			"40场及以上得满分；30-40场得3分；30场以下不得分",
			"偏差率在5%以内得满分",
			"0-10%得2分",
		}},
		{RuleBinary, []string{
			"按期完成得满分，未完成不得分",
			"按期完成得满分；未完成不得分。",
			"按期完成得满分,未完成不得分",
			"按规定公开得满分，未公开不得分",
			"按要求编报得满分，未编报不得分",
			"完成得满分，未完成不得分",
			"完成得满分，未完成得0分",
			"按期完成计满分；逾期不得分",
			"按期完成得满分，否则不得分",
			"按期完成得满分，未按期完成的不得分",
			"是得满分，否不得分",
		}},
		{RuleManual, []string{
			"每发现一处问题扣1分，扣完为止",
			"每发现一处问题扣1分",
			"编制规范、依据充分得满分；每发现一处问题扣1分，扣完为止",
			"编制规范、依据充分得满分;每发现一处问题扣1分,扣完为止",
			"每发现一处不足扣1分",
			"每发现1处问题扣0.5分",
			"每发现一处问题，扣1分，扣完为止。",
			"每出现一次违规扣2分，最多扣4分",
			"每项不符合要求扣1分",
		}},
		{RuleUnreadable, []string{
			"根据实际情况酌情打分",
			"参照相关文件",
			"！！！",
			"，；。",
			"/",
			"—",
			"???...",
			"得分",
			"满分",
			"按完成比例",
			"按期完成得满分",
			"每低1个百分点扣",
			"每低1个百分点扣0.1",
			"每低1个百分点扣分",
			"每低扣0.1分",
			"每个百分点扣0.1分",
			"偏差率在5%以内得满分，5%-10%得一半分数",
			"每低1个百分点扣0.1分，每超过1个百分点扣0.1分",
			"≥95%得满分，每超过1个百分点扣0.5分",
			"结转结余率≤5%得满分，每低1个百分点扣0.5分",
			"≥40场得满分，每低1个百分点扣0.5分",
			"每发现一处问题酌情扣分",
			"按期完成得满分，基本完成得一半",
			"完成得满分，完成得0分",
			"10%-5%得2分",
			"得分=分值-（100%-实际完成率）×100×0.1",
			strings.Repeat("按完成比例计算得分", 60),
		}},
	}
	for _, tt := range tests {
		for _, text := range tt.texts {
			got := ParseRule(text)
			if got.Kind != tt.kind {
				t.Errorf("ParseRule(%q).Kind = %q (%s), want %q", text, got.Kind, got.Reason, tt.kind)
			}
			if got.Text != text {
				t.Errorf("ParseRule(%q).Text = %q", text, got.Text)
			}
			if (got.Kind == RuleUnreadable) != (got.Reason != "") {
				t.Errorf("ParseRule(%q): kind %q with reason %q", text, got.Kind, got.Reason)
			}
		}
	}
}

func TestParseRuleDetails(t *testing.T) {
	tests := []struct {
		text string
		want Rule
	}{
		{
			"预算完成率=100%得满分，每低1个百分点扣0.1分，扣完为止",
			Rule{Kind: RuleDeduction, Deduction: &Deduction{
				Direction: DeductBelow, Threshold: ruleDecP("1"), ThresholdOp: num.Equal, ThresholdPercent: true,
				Step: ruleDec("0.01"), StepPercent: true, Amount: ruleDec("0.1"),
			}},
		},
		{
			"预算调整率=0得满分，每增加1个百分点扣0.1分，扣完为止",
			Rule{Kind: RuleDeduction, Deduction: &Deduction{
				Direction: DeductAbove, Threshold: ruleDecP("0"), ThresholdOp: num.Equal,
				Step: ruleDec("0.01"), StepPercent: true, Amount: ruleDec("0.1"),
			}},
		},
		{
			"结转结余率≤5%得满分，每超过1个百分点扣0.5分，扣完为止",
			Rule{Kind: RuleDeduction, Deduction: &Deduction{
				Direction: DeductAbove, Threshold: ruleDecP("0.05"), ThresholdOp: num.AtMost, ThresholdPercent: true,
				Step: ruleDec("0.01"), StepPercent: true, Amount: ruleDec("0.5"),
			}},
		},
		{
			"结转结余率控制在5%以内得满分，每超过1个百分点扣0.5分",
			Rule{Kind: RuleDeduction, Deduction: &Deduction{
				Direction: DeductAbove, Threshold: ruleDecP("0.05"), ThresholdOp: num.AtMost, ThresholdPercent: true,
				Step: ruleDec("0.01"), StepPercent: true, Amount: ruleDec("0.5"),
			}},
		},
		{
			"“三公”经费控制率≤100%得满分，每超过1个百分点扣0.5分，扣完为止",
			Rule{Kind: RuleDeduction, Deduction: &Deduction{
				Direction: DeductAbove, Threshold: ruleDecP("1"), ThresholdOp: num.AtMost, ThresholdPercent: true,
				Step: ruleDec("0.01"), StepPercent: true, Amount: ruleDec("0.5"),
			}},
		},
		{
			"每低于目标值1个百分点扣0.2分",
			Rule{Kind: RuleDeduction, Deduction: &Deduction{
				Direction: DeductBelow, Step: ruleDec("0.01"), StepPercent: true, Amount: ruleDec("0.2"),
			}},
		},
		{
			"每低5个百分点扣1分，扣完为止",
			Rule{Kind: RuleDeduction, Deduction: &Deduction{
				Direction: DeductBelow, Step: ruleDec("0.05"), StepPercent: true, Amount: ruleDec("1"),
			}},
		},
		{
			"预算完成率=100%得满分，每低1%扣0.1分",
			Rule{Kind: RuleDeduction, Deduction: &Deduction{
				Direction: DeductBelow, Threshold: ruleDecP("1"), ThresholdOp: num.Equal, ThresholdPercent: true,
				Step: ruleDec("0.01"), StepPercent: true, Amount: ruleDec("0.1"),
			}},
		},
		{
			"每降低一个百分点扣0.1分，扣完为止",
			Rule{Kind: RuleDeduction, Deduction: &Deduction{
				Direction: DeductBelow, Step: ruleDec("0.01"), StepPercent: true, Amount: ruleDec("0.1"),
			}},
		},
		{
			"完成率低于100%的，每低1个百分点扣0.1分",
			Rule{Kind: RuleDeduction, Deduction: &Deduction{
				Direction: DeductBelow, Threshold: ruleDecP("1"), ThresholdOp: num.Below, ThresholdPercent: true,
				Step: ruleDec("0.01"), StepPercent: true, Amount: ruleDec("0.1"),
			}},
		},
		{
			"≥95%得满分，每低1个百分点扣0.5分，最多扣2分",
			Rule{Kind: RuleDeduction, Deduction: &Deduction{
				Direction: DeductBelow, Threshold: ruleDecP("0.95"), ThresholdOp: num.AtLeast, ThresholdPercent: true,
				Step: ruleDec("0.01"), StepPercent: true, Amount: ruleDec("0.5"), MaxDeduct: ruleDecP("2"),
			}},
		},
		{
			"≥40场得满分，每少1场扣0.5分",
			Rule{Kind: RuleDeduction, Deduction: &Deduction{
				Direction: DeductBelow, Threshold: ruleDecP("40"), ThresholdOp: num.AtLeast, ThresholdUnit: "场",
				Step: ruleDec("1"), StepUnit: "场", Amount: ruleDec("0.5"),
			}},
		},
		{
			"预算调整率=0，计3分；0-10%（含），计2分；10-20%（含），计1分；大于30%不得分",
			Rule{Kind: RuleBands, Bands: []Band{
				{Lo: ruleDecP("0"), Hi: ruleDecP("0"), LoInclusive: true, HiInclusive: true, Score: ruleDec("3")},
				{Lo: ruleDecP("0"), Hi: ruleDecP("0.10"), HiInclusive: true, Percent: true, Score: ruleDec("2")},
				{Lo: ruleDecP("0.10"), Hi: ruleDecP("0.20"), HiInclusive: true, Percent: true, Score: ruleDec("1")},
				{Lo: ruleDecP("0.30"), Percent: true, Score: ruleDec("0")},
			}},
		},
		{
			"≥95%得满分；90%（含）-95%得3分；低于90%不得分",
			Rule{Kind: RuleBands, Bands: []Band{
				{Lo: ruleDecP("0.95"), LoInclusive: true, Percent: true, FullMarks: true},
				{Lo: ruleDecP("0.90"), Hi: ruleDecP("0.95"), LoInclusive: true, Percent: true, Score: ruleDec("3")},
				{Hi: ruleDecP("0.90"), Percent: true, Score: ruleDec("0")},
			}},
		},
		{
			"满意度90%以上得5分，80%-90%得3分，80%以下不得分",
			Rule{Kind: RuleBands, Bands: []Band{
				{Lo: ruleDecP("0.9"), LoInclusive: true, Percent: true, Score: ruleDec("5")},
				{Lo: ruleDecP("0.8"), Hi: ruleDecP("0.9"), LoInclusive: true, HiInclusive: true, Percent: true, Score: ruleDec("3")},
				{Hi: ruleDecP("0.8"), HiInclusive: true, Percent: true, Score: ruleDec("0")},
			}},
		},
		{
			"结转结余率≤5%得满分，否则不得分",
			Rule{Kind: RuleBands, Bands: []Band{
				{Hi: ruleDecP("0.05"), HiInclusive: true, Percent: true, FullMarks: true},
				{Otherwise: true, Score: ruleDec("0")},
			}},
		},
		{
			"40场及以上得满分；30-40场得3分；30场以下（不含）不得分",
			Rule{Kind: RuleBands, Bands: []Band{
				{Lo: ruleDecP("40"), LoInclusive: true, Unit: "场", FullMarks: true},
				{Lo: ruleDecP("30"), Hi: ruleDecP("40"), LoInclusive: true, HiInclusive: true, Unit: "场", Score: ruleDec("3")},
				{Hi: ruleDecP("30"), Unit: "场", Score: ruleDec("0")},
			}},
		},
		{"按期完成得满分，未完成不得分", Rule{Kind: RuleBinary}},
		{"按完成比例计算得分，满分为止", Rule{Kind: RuleProportional}},
		{"每发现一处问题扣1分，扣完为止", Rule{Kind: RuleManual, PerFinding: ruleDec("1")}},
		{"编制规范、依据充分得满分；每发现一处问题扣0.5分，扣完为止", Rule{Kind: RuleManual, PerFinding: ruleDec("0.5")}},
		{"每出现一次违规扣2分，最多扣4分", Rule{Kind: RuleManual, PerFinding: ruleDec("2"), MaxDeduct: ruleDecP("4")}},
	}
	for _, tt := range tests {
		got := ParseRule(tt.text)
		tt.want.Text = tt.text
		if diff := cmp.Diff(tt.want, got, ruleDecimalEqual()); diff != "" {
			t.Errorf("ParseRule(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// ruleScoreCase is one recomputation: rule text, target, actual, weight.
type ruleScoreCase struct {
	name           string
	rule           string
	target, actual string
	weight         string
	want           Outcome // Reason and Interval are checked separately
}

func ruleWant(score string) Outcome { return Outcome{Status: ScoreComputed, Score: ruleDec(score)} }

// ruleOutcomeOpts compares outcomes on status, score and unit mismatch.
func ruleOutcomeOpts() cmp.Options {
	return cmp.Options{ruleDecimalEqual(), cmpopts.IgnoreFields(Outcome{}, "Reason", "Interval")}
}

// ruleCheckScoreCases runs cases with 2 places, and checks that every computed
// score's own interval meets the outcome's interval of exact scores.
func ruleCheckScoreCases(t *testing.T, cases []ruleScoreCase, rule func(string) Rule) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			r := rule(tt.rule)
			got := r.Score(tt.target, tt.actual, ruleDec(tt.weight), 2)
			if diff := cmp.Diff(tt.want, got, ruleOutcomeOpts()); diff != "" {
				t.Errorf("rule %q (%s) Score(%q, %q, %s) mismatch (-want +got):\n%s\nreason: %s",
					tt.rule, r.Kind, tt.target, tt.actual, tt.weight, diff, got.Reason)
			}
			ruleCheckInterval(t, got, ruleDec(tt.weight))
		})
	}
}

func ruleCheckInterval(t *testing.T, got Outcome, weight decimal.Decimal) {
	t.Helper()
	switch got.Status {
	case ScoreComputed:
		iv := got.Interval
		if iv.Lo.GreaterThan(iv.Hi) {
			t.Errorf("interval [%s, %s] is reversed", iv.Lo, iv.Hi)
		}
		if iv.Lo.Sign() < 0 || iv.Hi.GreaterThan(weight) {
			t.Errorf("interval [%s, %s] leaves [0, %s]", iv.Lo, iv.Hi, weight)
		}
		if !num.NewShown(got.Score, 2).Interval().Meets(iv) {
			t.Errorf("score %s is outside its interval [%s, %s]", got.Score, iv.Lo, iv.Hi)
		}
	case ScoreManual:
		if !got.Interval.Lo.IsZero() || !got.Interval.Hi.Equal(weight) {
			t.Errorf("manual interval [%s, %s], want [0, %s]", got.Interval.Lo, got.Interval.Hi, weight)
		}
	}
	if got.Reason == "" && got.Status != ScoreComputed {
		t.Errorf("status %s without a reason", got.Status)
	}
}

const (
	ruleProp     = "按完成比例计算得分，满分为止"
	ruleBudget   = "预算完成率=100%得满分，每低1个百分点扣0.1分，扣完为止"
	ruleAdjust   = "预算调整率=0得满分，每增加1个百分点扣0.1分，扣完为止"
	ruleCarry    = "结转结余率≤5%得满分，每超过1个百分点扣0.5分，扣完为止"
	ruleSanGong  = "“三公”经费控制率≤100%得满分，每超过1个百分点扣0.5分，扣完为止"
	ruleBelowTgt = "每低于目标值1个百分点扣0.2分"
	ruleBands    = "预算调整率=0，计3分；0-10%（含），计2分；10-20%（含），计1分；大于30%不得分"
	ruleOnTime   = "按期完成得满分，未完成不得分"
	ruleFindings = "每发现一处问题扣1分，扣完为止"
)

// TestScoreRealFigures checks figures taken from published tables.
func TestRuleScoreRealFigures(t *testing.T) {
	ruleCheckScoreCases(t, []ruleScoreCase{
		{"visits", ruleProp, "≥6500人次", "6000人次", "6", ruleWant("5.54")},
		{"items", ruleProp, "≥12个", "10个", "5", ruleWant("4.17")},
		{"rate 90", ruleProp, "≥95%", "90%", "5", ruleWant("4.74")},
		{"rate 92", ruleProp, "≥95%", "92%", "10", ruleWant("9.68")},
		{"bare target", ruleProp, "100%", "72.74%", "2", ruleWant("1.45")},
		{"sangong under", ruleSanGong, "≤100%", "86.5%", "3", ruleWant("3")},
		{"carry zero", ruleCarry, "≤5%", "0%", "5", ruleWant("5")},
		{"carry zero proportional", ruleProp, "≤5%", "0%", "5", ruleWant("5")},
		{"budget 97.5", ruleBudget, "100%", "97.5%", "4", ruleWant("3.75")},
		{"full-width", "按完成比例计算得分，满分为止", "≥６５００人次", "６０００人次", "6", ruleWant("5.54")},
	}, ParseRule)
}

func TestRuleScoreProportional(t *testing.T) {
	ruleCheckScoreCases(t, []ruleScoreCase{
		{"at target", ruleProp, "≥95%", "95%", "5", ruleWant("5")},
		{"over target capped", ruleProp, "≥95%", "190%", "5", ruleWant("5")},
		{"far over capped", ruleProp, "≥40场", "4000场", "5", ruleWant("5")},
		{"zero actual", ruleProp, "≥40场", "0场", "5", ruleWant("0")},
		{"zero target at least", ruleProp, "≥0", "3", "5", ruleWant("5")},
		{"zero target at least zero actual", ruleProp, "≥0个", "0个", "5", ruleWant("5")},
		{"zero bare target zero actual", ruleProp, "0", "0", "5", ruleWant("5")},
		{"zero bare target", ruleProp, "0", "3", "5", Outcome{Status: ScoreUnusable}},
		{"upper bound met", ruleProp, "≤5%", "4%", "5", ruleWant("5")},
		{"upper bound missed", ruleProp, "≤5%", "8%", "5", ruleWant("3.13")},
		{"upper bound zero target", ruleProp, "≤0", "8%", "5", ruleWant("0")},
		{"text suffix above", ruleProp, "95%以上", "90%", "5", ruleWant("4.74")},
		{"text suffix below", ruleProp, "5%以内", "8%", "5", ruleWant("3.13")},
		{"fraction beside percent", ruleProp, "≥95%", "0.9", "5", ruleWant("4.74")},
		{"fraction over one beside percent", ruleProp, "≤100%", "1.25", "5", ruleWant("4")},
		{"percent without sign", ruleProp, "≥95%", "92", "5", Outcome{Status: ScoreUnusable}},
		{"qualified target", ruleProp, "95%（含）以上", "92%", "10", ruleWant("9.68")},
		{"approximate actual", ruleProp, "≥95%", "92%左右", "10", ruleWant("9.68")},
		{"remark after actual", ruleProp, "≥95%", "92%（已完成）", "10", Outcome{Status: ScoreUnusable}},
		{"unit only on target", ruleProp, "≥40场", "30", "4", ruleWant("3")},
		{"half away from zero", ruleProp, "≥8", "1", "0.1", ruleWant("0.01")}, // 0.0125 → 0.01
		{"half up exactly", ruleProp, "≥8", "1", "0.2", ruleWant("0.03")},     // 0.025 → 0.03
		{"text target", ruleProp, "按期完成", "按期完成", "5", Outcome{Status: ScoreUnusable}},
		{"text actual", ruleProp, "≥95%", "基本完成", "5", Outcome{Status: ScoreUnusable}},
		{"missing actual", ruleProp, "≥95%", "", "5", Outcome{Status: ScoreUnusable}},
		{"missing target", ruleProp, " ", "90%", "5", Outcome{Status: ScoreUnusable}},
		{"negative actual", ruleProp, "≥95%", "-5%", "5", Outcome{Status: ScoreUnusable}},
		{"unit mismatch percent", ruleProp, "≥95%", "12个", "5", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
		{"unit mismatch words", ruleProp, "≥40场", "45人次", "5", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
		{"trailing text", ruleProp, "≥40场", "45场，完成率112%", "5", Outcome{Status: ScoreUnusable}},
		{"negative weight", ruleProp, "≥40场", "45场", "-5", Outcome{Status: ScoreUnusable}},
		{"formula", "完成率×分值", "≥12个", "10个", "5", ruleWant("4.17")},
	}, ParseRule)
}

func TestRuleScoreDeduction(t *testing.T) {
	ruleCheckScoreCases(t, []ruleScoreCase{
		{"at threshold", ruleBudget, "100%", "100%", "4", ruleWant("4")},
		{"above threshold", ruleBudget, "100%", "101%", "4", ruleWant("4")},
		{"one point", ruleBudget, "100%", "99%", "4", ruleWant("3.9")},
		{"part point", ruleBudget, "100%", "99.95%", "4", ruleWant("4")}, // 3.995 → 4.00
		{"floored", ruleBudget, "100%", "50%", "4", ruleWant("0")},
		{"zero actual", ruleBudget, "100%", "0%", "4", ruleWant("0")},
		{"no floor words still floored", "预算完成率=100%得满分，每低1个百分点扣0.1分", "100%", "10%", "4", ruleWant("0")},
		{"text target ignored", ruleBudget, "按期完成", "97.5%", "4", ruleWant("3.75")},
		{"adjust zero", ruleAdjust, "=0", "0%", "2", ruleWant("2")},
		{"adjust up", ruleAdjust, "=0", "3.5%", "2", ruleWant("1.65")},
		{"carry under", ruleCarry, "≤5%", "3%", "5", ruleWant("5")},
		{"carry at", ruleCarry, "≤5%", "5%", "5", ruleWant("5")},
		{"carry over", ruleCarry, "≤5%", "7.2%", "5", ruleWant("3.9")},
		{"carry far over", ruleCarry, "≤5%", "60%", "5", ruleWant("0")},
		{"sangong over", ruleSanGong, "≤100%", "102%", "3", ruleWant("2")},
		{"from target", ruleBelowTgt, "≥95%", "92%", "5", ruleWant("4.4")},
		{"from target met", ruleBelowTgt, "≥95%", "96%", "5", ruleWant("5")},
		{"from target text", ruleBelowTgt, "按期完成", "92%", "5", Outcome{Status: ScoreUnusable}},
		{"from target wrong side", ruleBelowTgt, "≤5%", "3%", "5", Outcome{Status: ScoreUnusable}},
		{"step of five", "每低5个百分点扣1分，扣完为止", "100%", "92%", "5", ruleWant("3.4")},
		{"max deduct", "≥95%得满分，每低1个百分点扣0.5分，最多扣2分", "≥95%", "80%", "5", ruleWant("3")},
		{"unit step", "≥40场得满分，每少1场扣0.5分", "≥40场", "37场", "5", ruleWant("3.5")},
		{"unit step mismatch", "≥40场得满分，每少1场扣0.5分", "≥40场", "37人次", "5", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
		{"percent step on counts", ruleBelowTgt, "≥40场", "37场", "5", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
		{"percent step bare numbers", ruleBelowTgt, "≥95", "92", "5", Outcome{Status: ScoreUnusable}},
		{"missing actual", ruleBudget, "100%", "", "4", Outcome{Status: ScoreUnusable}},
		{"text actual", ruleBudget, "100%", "已完成", "4", Outcome{Status: ScoreUnusable}},
		{"percent without sign", ruleBudget, "", "97.5", "4", Outcome{Status: ScoreUnusable}},
		{"fraction", ruleBudget, "", "0.975", "4", ruleWant("3.75")},
		{"threshold unit mismatch", ruleBudget, "100%", "97个", "4", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
	}, ParseRule)
}

func TestRuleScoreBands(t *testing.T) {
	ruleCheckScoreCases(t, []ruleScoreCase{
		{"zero", ruleBands, "≤10%", "0%", "3", ruleWant("3")},
		{"just above zero", ruleBands, "≤10%", "0.01%", "3", ruleWant("2")},
		{"upper edge inclusive", ruleBands, "≤10%", "10%", "3", ruleWant("2")},
		{"next band", ruleBands, "≤10%", "10.01%", "3", ruleWant("1")},
		{"second edge", ruleBands, "≤10%", "20%", "3", ruleWant("1")},
		{"gap", ruleBands, "≤10%", "25%", "3", Outcome{Status: ScoreManual}},
		{"gap at exclusive edge", ruleBands, "≤10%", "30%", "3", Outcome{Status: ScoreManual}},
		{"last band", ruleBands, "≤10%", "30.5%", "3", ruleWant("0")},
		{"bare zero actual", ruleBands, "", "0", "3", ruleWant("3")},
		{"bare fraction actual", ruleBands, "", "0.15", "3", ruleWant("1")},
		{"percent without sign", ruleBands, "", "15", "3", Outcome{Status: ScoreUnusable}},
		{"unit mismatch", ruleBands, "≤10%", "3个", "3", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
		{"band above weight", ruleBands, "≤10%", "5%", "2", Outcome{Status: ScoreUnusable}},
		{"full marks band", "≥95%得满分；90%（含）-95%得3分；低于90%不得分", "≥95%", "95%", "5", ruleWant("5")},
		{"lower inclusive", "≥95%得满分；90%（含）-95%得3分；低于90%不得分", "≥95%", "90%", "5", ruleWant("3")},
		{"below all", "≥95%得满分；90%（含）-95%得3分；低于90%不得分", "≥95%", "89.9%", "5", ruleWant("0")},
		{"ambiguous edge", "满意度90%以上得5分，80%-90%得3分，80%以下不得分", "≥90%", "90%", "5", Outcome{Status: ScoreManual}},
		{"clear inside", "满意度90%以上得5分，80%-90%得3分，80%以下不得分", "≥90%", "85%", "5", ruleWant("3")},
		{"otherwise", "结转结余率≤5%得满分，否则不得分", "≤5%", "6%", "4", ruleWant("0")},
		{"otherwise not needed", "结转结余率≤5%得满分，否则不得分", "≤5%", "5%", "4", ruleWant("4")},
		{"counted", "40场及以上得满分；30-40场得3分；30场以下（不含）不得分", "≥40场", "35场", "5", ruleWant("3")},
		{"text actual", ruleBands, "≤10%", "无调整", "3", Outcome{Status: ScoreUnusable}},
	}, ParseRule)
}

func TestRuleScoreBinary(t *testing.T) {
	ruleCheckScoreCases(t, []ruleScoreCase{
		{"equal text", ruleOnTime, "按期完成", "按期完成", "5", ruleWant("5")},
		{"equal text width", ruleOnTime, "按期完成", " 按期完成 ", "5", ruleWant("5")},
		{"negated", ruleOnTime, "按期完成", "未按期完成", "5", ruleWant("0")},
		{"no", "是得满分，否不得分", "是", "否", "2", ruleWant("0")},
		{"differs", ruleOnTime, "按期完成", "基本完成", "5", Outcome{Status: ScoreManual}},
		{"number met", ruleOnTime, "≥95%", "96%", "5", ruleWant("5")},
		{"number not met", ruleOnTime, "≥95%", "90%", "5", ruleWant("0")},
		{"bare number differs", ruleOnTime, "100%", "98%", "5", Outcome{Status: ScoreManual}},
		{"bare number equal", ruleOnTime, "100%", "100.0%", "5", ruleWant("5")},
		{"number and text", ruleOnTime, "≥95%", "已完成", "5", Outcome{Status: ScoreManual}},
		{"missing", ruleOnTime, "按期完成", "", "5", Outcome{Status: ScoreUnusable}},
		{"number unit mismatch", ruleOnTime, "≥4场", "5个", "5", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
	}, ParseRule)
}

func TestRuleScoreManualAndUnreadable(t *testing.T) {
	ruleCheckScoreCases(t, []ruleScoreCase{
		{"findings", ruleFindings, "规范", "规范", "5", Outcome{Status: ScoreManual}},
		{"findings with lead", "编制规范、依据充分得满分；每发现一处问题扣1分，扣完为止", "", "", "5", Outcome{Status: ScoreManual}},
		{"unreadable", "根据实际情况酌情打分", "≥95%", "96%", "5", Outcome{Status: ScoreUnreadable}},
		{"none", "", "≥95%", "96%", "5", Outcome{Status: ScoreUnreadable}},
	}, ParseRule)
}

func TestRuleScoreDefault(t *testing.T) {
	def := func(string) Rule { return DefaultProjectRule() }
	ruleCheckScoreCases(t, []ruleScoreCase{
		{"met", "", "≥6500人次", "6600人次", "6", ruleWant("6")},
		{"not met", "", "≥6500人次", "6000人次", "6", ruleWant("5.54")},
		{"upper bound", "", "≤5%", "8%", "5", ruleWant("3.13")},
		{"text equal", "", "按期完成", "按期完成", "5", ruleWant("5")},
		{"text differs", "", "按期完成", "未按期完成", "5", Outcome{Status: ScoreManual}},
		{"text target number actual", "", "有效提升", "95%", "5", Outcome{Status: ScoreManual}},
		{"number target text actual", "", "≥95%", "有效提升", "5", Outcome{Status: ScoreUnusable}},
		{"units", "", "≥40场", "45人次", "5", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
		{"missing", "", "≥40场", "", "5", Outcome{Status: ScoreUnusable}},
	}, def)
}

// TestScoreInterval checks the interval of exact scores on known figures.
func TestRuleScoreInterval(t *testing.T) {
	tests := []struct {
		rule           string
		target, actual string
		weight         string
		want           num.Interval
	}{
		// 97.5% stands for [97.45%, 97.55%]: 3.745 to 3.755.
		{ruleBudget, "100%", "97.5%", "4", num.Interval{Lo: ruleDec("3.745"), Hi: ruleDec("3.755")}},
		// the target's value is read from a shown figure too: 100% is [99.5%, 100.5%]
		{ruleBelowTgt, "100%", "97%", "5", num.Interval{Lo: ruleDec("4.2"), Hi: ruleDec("4.6")}},
		// 92% against 95%: [0.915/0.955, 0.925/0.945] × 10
		{ruleProp, "≥95%", "92%", "10", num.Interval{Lo: ruleDec("9.581151832460"), Hi: ruleDec("9.788359788360")}},
		// a band edge within rounding: 10% may be 10.4%, in the next band
		{ruleBands, "", "10%", "3", num.Interval{Lo: ruleDec("1"), Hi: ruleDec("2")}},
		{ruleBands, "", "5%", "3", num.Interval{Lo: ruleDec("2"), Hi: ruleDec("2")}},
		// full marks far from the threshold
		{ruleCarry, "≤5%", "0%", "5", num.Interval{Lo: ruleDec("5"), Hi: ruleDec("5")}},
		{ruleOnTime, "按期完成", "按期完成", "5", num.Interval{Lo: ruleDec("5"), Hi: ruleDec("5")}},
		// 0% may be 0.4%, over a 0.3% ceiling: 0.0025/0.005 × 4 = 2
		{ruleProp, "≤0.3%", "0%", "4", num.Interval{Lo: ruleDec("2"), Hi: ruleDec("4")}},
		{ruleProp, "≤5%", "0%", "4", num.Interval{Lo: ruleDec("4"), Hi: ruleDec("4")}},
		{ruleOnTime, "≥95%", "95%", "5", num.Interval{Lo: ruleDec("0"), Hi: ruleDec("5")}},
	}
	for _, tt := range tests {
		got := ParseRule(tt.rule).Score(tt.target, tt.actual, ruleDec(tt.weight), 2)
		if diff := cmp.Diff(tt.want, got.Interval, ruleDecimalEqual()); diff != "" {
			t.Errorf("rule %q Score(%q, %q).Interval mismatch (-want +got):\n%s", tt.rule, tt.target, tt.actual, diff)
		}
	}
}

func TestRuleScorePlaces(t *testing.T) {
	r := ParseRule(ruleProp)
	for _, tt := range []struct {
		places int32
		want   string
	}{
		{0, "6"}, {1, "5.5"}, {2, "5.54"}, {4, "5.5385"}, {-3, "6"}, {1000, "5.538461538462"},
	} {
		got := r.Score("≥6500人次", "6000人次", ruleDec("6"), tt.places)
		if !got.Score.Equal(ruleDec(tt.want)) {
			t.Errorf("places %d: score %s, want %s", tt.places, got.Score, tt.want)
		}
	}
}

func TestRuleChargedSteps(t *testing.T) {
	// The package charges part steps in proportion (ruleStepCharging).
	n, d := ruleChargedSteps(ruleDec("0.025"), ruleDec("0.01"))
	if got := n.DivRound(d, 6); !got.Equal(ruleDec("2.5")) {
		t.Errorf("charged steps for 2.5 points = %s, want 2.5", got)
	}
	n, d = ruleChargedSteps(ruleDec("-0.01"), ruleDec("0.01"))
	if !n.IsZero() || !d.Equal(ruleDec("1")) {
		t.Errorf("charged steps for no shortfall = %s/%s, want 0/1", n, d)
	}
}

func TestParseRuleLength(t *testing.T) {
	ok := strings.Repeat(" ", MaxRuleRunes-len([]rune(ruleProp))) + ruleProp
	if got := ParseRule(ok).Kind; got != RuleProportional {
		t.Errorf("rule of %d runes: kind %q, want proportional", len([]rune(ok)), got)
	}
	long := ok + " "
	if got := ParseRule(long); got.Kind != RuleUnreadable || got.Reason == "" {
		t.Errorf("rule of %d runes: kind %q reason %q, want unreadable", len([]rune(long)), got.Kind, got.Reason)
	}
}
