package scoring

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"
)

// scoreCase is one recomputation: rule text, target, actual, weight.
type scoreCase struct {
	name           string
	rule           string
	target, actual string
	weight         string
	want           Outcome // Reason and Interval are checked separately
}

func wantScore(score string) Outcome { return Outcome{Status: ScoreComputed, Score: dec(score)} }

// outcomeOpts compares outcomes on status, score and unit mismatch.
func outcomeOpts() cmp.Options {
	return cmp.Options{decimalEqual(), cmpopts.IgnoreFields(Outcome{}, "Reason", "Interval")}
}

// checkScoreCases runs cases with 2 places, and checks that every computed
// score's own interval meets the outcome's interval of exact scores.
func checkScoreCases(t *testing.T, cases []scoreCase, rule func(string) Rule) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			r := rule(tt.rule)
			got := r.Score(ParseValue(tt.target), ParseValue(tt.actual), dec(tt.weight), 2)
			if diff := cmp.Diff(tt.want, got, outcomeOpts()); diff != "" {
				t.Errorf("rule %q (%s) Score(%q, %q, %s) mismatch (-want +got):\n%s\nreason: %s",
					tt.rule, r.Kind, tt.target, tt.actual, tt.weight, diff, got.Reason)
			}
			checkInterval(t, got, dec(tt.weight))
		})
	}
}

func checkInterval(t *testing.T, got Outcome, weight decimal.Decimal) {
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
	propText        = "按完成比例计算得分，满分为止"
	budgetText      = "预算完成率=100%得满分，每低1个百分点扣0.1分，扣完为止"
	adjustText      = "预算调整率=0得满分，每增加1个百分点扣0.1分，扣完为止"
	carryText       = "结转结余率≤5%得满分，每超过1个百分点扣0.5分，扣完为止"
	sanGongText     = "“三公”经费控制率≤100%得满分，每超过1个百分点扣0.5分，扣完为止"
	belowTargetText = "每低于目标值1个百分点扣0.2分"
	bandsText       = "预算调整率=0，计3分；0-10%（含），计2分；10-20%（含），计1分；大于30%不得分"
	onTimeText      = "按期完成得满分，未完成不得分"
	findingsText    = "每发现一处问题扣1分，扣完为止"
)

// TestScoreRealFigures checks figures taken from published tables.
func TestScoreRealFigures(t *testing.T) {
	checkScoreCases(t, []scoreCase{
		{"visits", propText, "≥6500人次", "6000人次", "6", wantScore("5.54")},
		{"items", propText, "≥12个", "10个", "5", wantScore("4.17")},
		{"rate 90", propText, "≥95%", "90%", "5", wantScore("4.74")},
		{"rate 92", propText, "≥95%", "92%", "10", wantScore("9.68")},
		{"bare target", propText, "100%", "72.74%", "2", wantScore("1.45")},
		{"sangong under", sanGongText, "≤100%", "86.5%", "3", wantScore("3")},
		{"carry zero", carryText, "≤5%", "0%", "5", wantScore("5")},
		{"carry zero proportional", propText, "≤5%", "0%", "5", wantScore("5")},
		{"budget 97.5", budgetText, "100%", "97.5%", "4", wantScore("3.8")}, // 2 whole steps of 1 point
		{"full-width", "按完成比例计算得分，满分为止", "≥６５００人次", "６０００人次", "6", wantScore("5.54")},
	}, Parse)
}

func TestScoreProportional(t *testing.T) {
	checkScoreCases(t, []scoreCase{
		{"at target", propText, "≥95%", "95%", "5", wantScore("5")},
		{"over target capped", propText, "≥95%", "190%", "5", wantScore("5")},
		{"far over capped", propText, "≥40场", "4000场", "5", wantScore("5")},
		{"zero actual", propText, "≥40场", "0场", "5", wantScore("0")},
		{"zero target at least", propText, "≥0", "3", "5", wantScore("5")},
		{"zero target at least zero actual", propText, "≥0个", "0个", "5", wantScore("5")},
		{"zero bare target zero actual", propText, "0", "0", "5", wantScore("5")},
		{"zero bare target", propText, "0", "3", "5", Outcome{Status: ScoreUnusable}},
		{"upper bound met", propText, "≤5%", "4%", "5", wantScore("5")},
		{"upper bound missed", propText, "≤5%", "8%", "5", wantScore("3.13")},
		{"upper bound zero target", propText, "≤0", "8%", "5", wantScore("0")},
		{"text suffix above", propText, "95%以上", "90%", "5", wantScore("4.74")},
		{"text suffix below", propText, "5%以内", "8%", "5", wantScore("3.13")},
		{"fraction beside percent", propText, "≥95%", "0.9", "5", wantScore("4.74")},
		{"fraction over one beside percent", propText, "≤100%", "1.25", "5", wantScore("4")},
		{"percent without sign", propText, "≥95%", "92", "5", Outcome{Status: ScoreUnusable}},
		{"qualified target", propText, "95%（含）以上", "92%", "10", wantScore("9.68")},
		{"approximate actual", propText, "≥95%", "92%左右", "10", wantScore("9.68")},
		{"remark after actual", propText, "≥95%", "92%（已完成）", "10", Outcome{Status: ScoreUnusable}},
		{"unit only on target", propText, "≥40场", "30", "4", wantScore("3")},
		{"half away from zero", propText, "≥8", "1", "0.1", wantScore("0.01")}, // 0.0125 → 0.01
		{"half up exactly", propText, "≥8", "1", "0.2", wantScore("0.03")},     // 0.025 → 0.03
		{"text target", propText, "按期完成", "按期完成", "5", Outcome{Status: ScoreUnusable}},
		{"text actual", propText, "≥95%", "基本完成", "5", Outcome{Status: ScoreUnusable}},
		{"missing actual", propText, "≥95%", "", "5", Outcome{Status: ScoreUnusable}},
		{"missing target", propText, " ", "90%", "5", Outcome{Status: ScoreUnusable}},
		{"negative actual", propText, "≥95%", "-5%", "5", Outcome{Status: ScoreUnusable}},
		{"unit mismatch percent", propText, "≥95%", "12个", "5", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
		{"unit mismatch words", propText, "≥40场", "45人次", "5", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
		{"trailing text", propText, "≥40场", "45场，完成率112%", "5", Outcome{Status: ScoreUnusable}},
		{"negative weight", propText, "≥40场", "45场", "-5", Outcome{Status: ScoreUnusable}},
		{"formula", "完成率×分值", "≥12个", "10个", "5", wantScore("4.17")},
	}, Parse)
}

func TestScoreDeduction(t *testing.T) {
	checkScoreCases(t, []scoreCase{
		{"at threshold", budgetText, "100%", "100%", "4", wantScore("4")},
		{"above threshold", budgetText, "100%", "101%", "4", wantScore("4")},
		{"one point", budgetText, "100%", "99%", "4", wantScore("3.9")},
		{"part point", budgetText, "100%", "99.95%", "4", wantScore("4")}, // 3.995 → 4.00
		{"floored", budgetText, "100%", "50%", "4", wantScore("0")},
		{"zero actual", budgetText, "100%", "0%", "4", wantScore("0")},
		{"no floor words still floored", "预算完成率=100%得满分，每低1个百分点扣0.1分", "100%", "10%", "4", wantScore("0")},
		{"text target ignored", budgetText, "按期完成", "97.5%", "4", wantScore("3.8")},
		{"adjust zero", adjustText, "=0", "0%", "2", wantScore("2")},
		{"adjust up", adjustText, "=0", "3.5%", "2", wantScore("1.7")},
		{"carry under", carryText, "≤5%", "3%", "5", wantScore("5")},
		{"carry at", carryText, "≤5%", "5%", "5", wantScore("5")},
		{"carry over", carryText, "≤5%", "7.2%", "5", wantScore("4")}, // 2.2 points over: 2 whole steps
		{"carry far over", carryText, "≤5%", "60%", "5", wantScore("0")},
		{"sangong over", sanGongText, "≤100%", "102%", "3", wantScore("2")},
		{"from target", belowTargetText, "≥95%", "92%", "5", wantScore("4.4")},
		{"from target met", belowTargetText, "≥95%", "96%", "5", wantScore("5")},
		{"from target text", belowTargetText, "按期完成", "92%", "5", Outcome{Status: ScoreUnusable}},
		{"from target wrong side", belowTargetText, "≤5%", "3%", "5", Outcome{Status: ScoreUnusable}},
		{"step of five", "每低5个百分点扣1分，扣完为止", "100%", "92%", "5", wantScore("4")}, // 8 points short: 1 whole step
		{"max deduct", "≥95%得满分，每低1个百分点扣0.5分，最多扣2分", "≥95%", "80%", "5", wantScore("3")},
		{"unit step", "≥40场得满分，每少1场扣0.5分", "≥40场", "37场", "5", wantScore("3.5")},
		{"unit step mismatch", "≥40场得满分，每少1场扣0.5分", "≥40场", "37人次", "5", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
		{"percent step on counts", belowTargetText, "≥40场", "37场", "5", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
		{"percent step bare numbers", belowTargetText, "≥95", "92", "5", Outcome{Status: ScoreUnusable}},
		{"missing actual", budgetText, "100%", "", "4", Outcome{Status: ScoreUnusable}},
		{"text actual", budgetText, "100%", "已完成", "4", Outcome{Status: ScoreUnusable}},
		{"percent without sign", budgetText, "", "97.5", "4", Outcome{Status: ScoreUnusable}},
		{"fraction", budgetText, "", "0.975", "4", wantScore("3.8")},
		{"threshold unit mismatch", budgetText, "100%", "97个", "4", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
	}, Parse)
}

func TestScoreBands(t *testing.T) {
	checkScoreCases(t, []scoreCase{
		{"zero", bandsText, "≤10%", "0%", "3", wantScore("3")},
		{"just above zero", bandsText, "≤10%", "0.01%", "3", wantScore("2")},
		{"upper edge inclusive", bandsText, "≤10%", "10%", "3", wantScore("2")},
		{"next band", bandsText, "≤10%", "10.01%", "3", wantScore("1")},
		{"second edge", bandsText, "≤10%", "20%", "3", wantScore("1")},
		{"gap", bandsText, "≤10%", "25%", "3", Outcome{Status: ScoreManual}},
		{"gap at exclusive edge", bandsText, "≤10%", "30%", "3", Outcome{Status: ScoreManual}},
		{"last band", bandsText, "≤10%", "30.5%", "3", wantScore("0")},
		{"bare zero actual", bandsText, "", "0", "3", wantScore("3")},
		{"bare fraction actual", bandsText, "", "0.15", "3", wantScore("1")},
		{"percent without sign", bandsText, "", "15", "3", Outcome{Status: ScoreUnusable}},
		{"unit mismatch", bandsText, "≤10%", "3个", "3", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
		{"band above weight", bandsText, "≤10%", "5%", "2", Outcome{Status: ScoreUnusable}},
		{"full marks band", "≥95%得满分；90%（含）-95%得3分；低于90%不得分", "≥95%", "95%", "5", wantScore("5")},
		{"lower inclusive", "≥95%得满分；90%（含）-95%得3分；低于90%不得分", "≥95%", "90%", "5", wantScore("3")},
		{"below all", "≥95%得满分；90%（含）-95%得3分；低于90%不得分", "≥95%", "89.9%", "5", wantScore("0")},
		{"ambiguous edge", "满意度90%以上得5分，80%-90%得3分，80%以下不得分", "≥90%", "90%", "5", Outcome{Status: ScoreManual}},
		{"clear inside", "满意度90%以上得5分，80%-90%得3分，80%以下不得分", "≥90%", "85%", "5", wantScore("3")},
		{"otherwise", "结转结余率≤5%得满分，否则不得分", "≤5%", "6%", "4", wantScore("0")},
		{"otherwise not needed", "结转结余率≤5%得满分，否则不得分", "≤5%", "5%", "4", wantScore("4")},
		{"counted", "40场及以上得满分；30-40场得3分；30场以下（不含）不得分", "≥40场", "35场", "5", wantScore("3")},
		{"text actual", bandsText, "≤10%", "无调整", "3", Outcome{Status: ScoreUnusable}},
	}, Parse)
}

func TestScoreBinary(t *testing.T) {
	checkScoreCases(t, []scoreCase{
		{"equal text", onTimeText, "按期完成", "按期完成", "5", wantScore("5")},
		{"equal text width", onTimeText, "按期完成", " 按期完成 ", "5", wantScore("5")},
		{"negated", onTimeText, "按期完成", "未按期完成", "5", wantScore("0")},
		{"no", "是得满分，否不得分", "是", "否", "2", wantScore("0")},
		{"differs", onTimeText, "按期完成", "基本完成", "5", Outcome{Status: ScoreManual}},
		{"number met", onTimeText, "≥95%", "96%", "5", wantScore("5")},
		{"number not met", onTimeText, "≥95%", "90%", "5", wantScore("0")},
		{"bare number differs", onTimeText, "100%", "98%", "5", Outcome{Status: ScoreManual}},
		{"bare number equal", onTimeText, "100%", "100.0%", "5", wantScore("5")},
		{"number and text", onTimeText, "≥95%", "已完成", "5", Outcome{Status: ScoreManual}},
		{"missing", onTimeText, "按期完成", "", "5", Outcome{Status: ScoreUnusable}},
		{"number unit mismatch", onTimeText, "≥4场", "5个", "5", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
	}, Parse)
}

func TestScoreManualAndUnreadable(t *testing.T) {
	checkScoreCases(t, []scoreCase{
		{"findings", findingsText, "规范", "规范", "5", Outcome{Status: ScoreManual}},
		{"findings with lead", "编制规范、依据充分得满分；每发现一处问题扣1分，扣完为止", "", "", "5", Outcome{Status: ScoreManual}},
		{"judgement", "根据实际情况酌情打分", "≥95%", "96%", "5", Outcome{Status: ScoreManual}},
		{"none", "", "≥95%", "96%", "5", Outcome{Status: ScoreUnreadable}},
	}, Parse)
}

func TestScoreDefault(t *testing.T) {
	def := func(string) Rule { return DefaultRule() }
	checkScoreCases(t, []scoreCase{
		{"met", "", "≥6500人次", "6600人次", "6", wantScore("6")},
		{"not met", "", "≥6500人次", "6000人次", "6", wantScore("5.54")},
		{"upper bound", "", "≤5%", "8%", "5", wantScore("3.13")},
		{"text equal", "", "按期完成", "按期完成", "5", wantScore("5")},
		{"text differs", "", "按期完成", "未按期完成", "5", Outcome{Status: ScoreManual}},
		{"text target number actual", "", "有效提升", "95%", "5", Outcome{Status: ScoreManual}},
		{"number target text actual", "", "≥95%", "有效提升", "5", Outcome{Status: ScoreUnusable}},
		{"units", "", "≥40场", "45人次", "5", Outcome{Status: ScoreUnusable, UnitMismatch: true}},
		{"missing", "", "≥40场", "", "5", Outcome{Status: ScoreUnusable}},
	}, def)
}

// TestScoreInterval checks the interval of exact scores on known figures.
func TestScoreInterval(t *testing.T) {
	tests := []struct {
		rule           string
		target, actual string
		weight         string
		want           num.Interval
	}{
		// 97.5% stands for [97.45%, 97.55%]: 2 whole steps short either way.
		{budgetText, "100%", "97.5%", "4", num.Interval{Lo: dec("3.8"), Hi: dec("3.8")}},
		// the target's value is read from a shown figure too: 100% is [99.5%, 100.5%]
		{belowTargetText, "100%", "97%", "5", num.Interval{Lo: dec("4.2"), Hi: dec("4.6")}},
		// 92% against 95%: [0.915/0.955, 0.925/0.945] × 10
		{propText, "≥95%", "92%", "10", num.Interval{Lo: dec("9.581151832460"), Hi: dec("9.788359788360")}},
		// a band edge within rounding: 10% may be 10.4%, in the next band
		{bandsText, "", "10%", "3", num.Interval{Lo: dec("1"), Hi: dec("2")}},
		{bandsText, "", "5%", "3", num.Interval{Lo: dec("2"), Hi: dec("2")}},
		// full marks far from the threshold
		{carryText, "≤5%", "0%", "5", num.Interval{Lo: dec("5"), Hi: dec("5")}},
		{onTimeText, "按期完成", "按期完成", "5", num.Interval{Lo: dec("5"), Hi: dec("5")}},
		// 0% may be 0.4%, over a 0.3% ceiling: 0.0025/0.005 × 4 = 2
		{propText, "≤0.3%", "0%", "4", num.Interval{Lo: dec("2"), Hi: dec("4")}},
		{propText, "≤5%", "0%", "4", num.Interval{Lo: dec("4"), Hi: dec("4")}},
		{onTimeText, "≥95%", "95%", "5", num.Interval{Lo: dec("0"), Hi: dec("5")}},
	}
	for _, tt := range tests {
		got := Parse(tt.rule).Score(ParseValue(tt.target), ParseValue(tt.actual), dec(tt.weight), 2)
		if diff := cmp.Diff(tt.want, got.Interval, decimalEqual()); diff != "" {
			t.Errorf("rule %q Score(%q, %q).Interval mismatch (-want +got):\n%s", tt.rule, tt.target, tt.actual, diff)
		}
	}
}

func TestScorePlaces(t *testing.T) {
	r := Parse(propText)
	for _, tt := range []struct {
		places int32
		want   string
	}{
		{0, "6"}, {1, "5.5"}, {2, "5.54"}, {4, "5.5385"}, {-3, "6"}, {1000, "5.538461538462"},
	} {
		got := r.Score(ParseValue("≥6500人次"), ParseValue("6000人次"), dec("6"), tt.places)
		if !got.Score.Equal(dec(tt.want)) {
			t.Errorf("places %d: score %s, want %s", tt.places, got.Score, tt.want)
		}
	}
}

func TestChargedSteps(t *testing.T) {
	// Whole steps by default, part steps in proportion when prorated.
	n, d := chargedSteps(dec("0.025"), dec("0.01"), true)
	if got := n.DivRound(d, 6); !got.Equal(dec("2.5")) {
		t.Errorf("prorated steps for 2.5 points = %s, want 2.5", got)
	}
	n, d = chargedSteps(dec("0.025"), dec("0.01"), false)
	if got := n.DivRound(d, 6); !got.Equal(dec("2")) {
		t.Errorf("whole steps for 2.5 points = %s, want 2", got)
	}
	n, d = chargedSteps(dec("-0.01"), dec("0.01"), false)
	if !n.IsZero() || !d.Equal(dec("1")) {
		t.Errorf("charged steps for no shortfall = %s/%s, want 0/1", n, d)
	}
}

// Part steps are charged in proportion when the rule is prorated (the
// Options.ProrateSteps of package evaluation) or its text says 按比例.
func TestScoreProratedDeduction(t *testing.T) {
	for _, tt := range []struct {
		rule, target, actual, weight, want string
	}{
		{"预算完成率=100%得满分，每低1个百分点扣0.1分，扣完为止", "100%", "97.5%", "4", "3.75"},
		{"预算调整率=0得满分，每增加1个百分点扣0.1分，扣完为止", "=0", "3.5%", "2", "1.65"},
		{"每低5个百分点扣1分，扣完为止", "100%", "92%", "5", "3.4"},
	} {
		if r := Parse(tt.rule + "，不足1个百分点的按比例扣分"); r.Deduction == nil || !r.Deduction.Prorate {
			t.Errorf("%q with 按比例: %+v, want a prorated deduction", tt.rule, r)
		}
		r := Parse(tt.rule)
		whole := r.Score(ParseValue(tt.target), ParseValue(tt.actual), dec(tt.weight), 2)
		got := r.Prorated().Score(ParseValue(tt.target), ParseValue(tt.actual), dec(tt.weight), 2)
		if !got.Score.Equal(dec(tt.want)) {
			t.Errorf("%q prorated: %s, want %s", tt.rule, got.Score, tt.want)
		}
		if whole.Score.Equal(got.Score) {
			t.Errorf("%q: whole steps and prorated agree (%s)", tt.rule, got.Score)
		}
		if r.Deduction.Prorate {
			t.Errorf("%q: Prorated changed the rule it was called on", tt.rule)
		}
	}
}
