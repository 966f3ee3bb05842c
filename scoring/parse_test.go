package scoring

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"
)

// decimalEqual compares decimals by value: 1.0 equals 1.
func decimalEqual() cmp.Option {
	return cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func decP(s string) *decimal.Decimal {
	d := dec(s)
	return &d
}

func TestParseKind(t *testing.T) {
	tests := []struct {
		kind  Kind
		texts []string
	}{
		{None, []string{"", "   ", "\n\t", "\u3000"}},
		{Proportional, []string{
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
		{Deduction, []string{
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
		{Bands, []string{
			"预算调整率=0，计3分；0-10%（含），计2分；10-20%（含），计1分；大于30%不得分",
			"预算调整率=0,计3分;0-10%(含),计2分;10-20%(含),计1分;大于30%不得分",
			"≥95%得满分；90%（含）-95%得3分；低于90%不得分",
			"满意度90%以上得5分，80%-90%得3分，80%以下不得分",
			"结转结余率≤5%得满分，否则不得分",
			"40场及以上得满分；30-40场得3分；30场以下不得分",
			"偏差率在5%以内得满分",
			"0-10%得2分",
		}},
		{Binary, []string{
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
		{Checklist, []string{
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
		{Unreadable, []string{
			"！！！",
			"，；。",
			"/",
			"—",
			"???...",
			"得分",
			"满分",
			"按期完成得满分",
			"每低1个百分点扣",
			"每低1个百分点扣0.1",
			"每低1个百分点扣分",
			"每低扣0.1分",
			"每个百分点扣0.1分",
			"偏差率在5%以内得满分，5%-10%得一半分数",
			"≥95%得满分，每超过1个百分点扣0.5分",
			"结转结余率≤5%得满分，每低1个百分点扣0.5分",
			"≥40场得满分，每低1个百分点扣0.5分",
			"按期完成得满分，基本完成得一半",
			strings.Repeat("按完成比例计算得分", 60),
		}},
	}
	for _, tt := range tests {
		for _, text := range tt.texts {
			got := Parse(text)
			if got.Kind != tt.kind {
				t.Errorf("Parse(%q).Kind = %q (%s), want %q", text, got.Kind, got.Reason, tt.kind)
			}
			if got.Text != text {
				t.Errorf("Parse(%q).Text = %q", text, got.Text)
			}
			if got.Kind == Unreadable && got.Reason == "" || got.Partial && got.Reason == "" {
				t.Errorf("Parse(%q): kind %q with no reason", text, got.Kind)
			}
		}
	}
}

func TestParseDetails(t *testing.T) {
	tests := []struct {
		text string
		want Rule
	}{
		{
			"预算完成率=100%得满分，每低1个百分点扣0.1分，扣完为止",
			Rule{Kind: Deduction, Deduction: &DeductionParams{
				Direction: DeductBelow, Threshold: decP("1"), ThresholdOp: num.Equal, ThresholdPercent: true,
				Step: dec("0.01"), StepPercent: true, Amount: dec("0.1"),
			}},
		},
		{
			"预算调整率=0得满分，每增加1个百分点扣0.1分，扣完为止",
			Rule{Kind: Deduction, Deduction: &DeductionParams{
				Direction: DeductAbove, Threshold: decP("0"), ThresholdOp: num.Equal,
				Step: dec("0.01"), StepPercent: true, Amount: dec("0.1"),
			}},
		},
		{
			"结转结余率≤5%得满分，每超过1个百分点扣0.5分，扣完为止",
			Rule{Kind: Deduction, Deduction: &DeductionParams{
				Direction: DeductAbove, Threshold: decP("0.05"), ThresholdOp: num.AtMost, ThresholdPercent: true,
				Step: dec("0.01"), StepPercent: true, Amount: dec("0.5"),
			}},
		},
		{
			"结转结余率控制在5%以内得满分，每超过1个百分点扣0.5分",
			Rule{Kind: Deduction, Deduction: &DeductionParams{
				Direction: DeductAbove, Threshold: decP("0.05"), ThresholdOp: num.AtMost, ThresholdPercent: true,
				Step: dec("0.01"), StepPercent: true, Amount: dec("0.5"),
			}},
		},
		{
			"“三公”经费控制率≤100%得满分，每超过1个百分点扣0.5分，扣完为止",
			Rule{Kind: Deduction, Deduction: &DeductionParams{
				Direction: DeductAbove, Threshold: decP("1"), ThresholdOp: num.AtMost, ThresholdPercent: true,
				Step: dec("0.01"), StepPercent: true, Amount: dec("0.5"),
			}},
		},
		{
			"每低于目标值1个百分点扣0.2分",
			Rule{Kind: Deduction, Deduction: &DeductionParams{
				Direction: DeductBelow, Step: dec("0.01"), StepPercent: true, Amount: dec("0.2"),
			}},
		},
		{
			"每低5个百分点扣1分，扣完为止",
			Rule{Kind: Deduction, Deduction: &DeductionParams{
				Direction: DeductBelow, Step: dec("0.05"), StepPercent: true, Amount: dec("1"),
			}},
		},
		{
			"预算完成率=100%得满分，每低1%扣0.1分",
			Rule{Kind: Deduction, Deduction: &DeductionParams{
				Direction: DeductBelow, Threshold: decP("1"), ThresholdOp: num.Equal, ThresholdPercent: true,
				Step: dec("0.01"), StepPercent: true, Amount: dec("0.1"),
			}},
		},
		{
			"每降低一个百分点扣0.1分，扣完为止",
			Rule{Kind: Deduction, Deduction: &DeductionParams{
				Direction: DeductBelow, Step: dec("0.01"), StepPercent: true, Amount: dec("0.1"),
			}},
		},
		{
			"完成率低于100%的，每低1个百分点扣0.1分",
			Rule{Kind: Deduction, Deduction: &DeductionParams{
				Direction: DeductBelow, Threshold: decP("1"), ThresholdOp: num.Below, ThresholdPercent: true,
				Step: dec("0.01"), StepPercent: true, Amount: dec("0.1"),
			}},
		},
		{
			"≥95%得满分，每低1个百分点扣0.5分，最多扣2分",
			Rule{Kind: Deduction, Deduction: &DeductionParams{
				Direction: DeductBelow, Threshold: decP("0.95"), ThresholdOp: num.AtLeast, ThresholdPercent: true,
				Step: dec("0.01"), StepPercent: true, Amount: dec("0.5"), MaxDeduct: decP("2"),
			}},
		},
		{
			"≥40场得满分，每少1场扣0.5分",
			Rule{Kind: Deduction, Deduction: &DeductionParams{
				Direction: DeductBelow, Threshold: decP("40"), ThresholdOp: num.AtLeast, ThresholdUnit: "场",
				Step: dec("1"), StepUnit: "场", Amount: dec("0.5"),
			}},
		},
		{
			"预算调整率=0，计3分；0-10%（含），计2分；10-20%（含），计1分；大于30%不得分",
			Rule{Kind: Bands, Bands: []Band{
				{Lo: decP("0"), Hi: decP("0"), LoInclusive: true, HiInclusive: true, Score: dec("3")},
				{Lo: decP("0"), Hi: decP("0.10"), HiInclusive: true, Percent: true, Score: dec("2")},
				{Lo: decP("0.10"), Hi: decP("0.20"), HiInclusive: true, Percent: true, Score: dec("1")},
				{Lo: decP("0.30"), Percent: true, Score: dec("0")},
			}},
		},
		{
			"≥95%得满分；90%（含）-95%得3分；低于90%不得分",
			Rule{Kind: Bands, Bands: []Band{
				{Lo: decP("0.95"), LoInclusive: true, Percent: true, FullMarks: true},
				{Lo: decP("0.90"), Hi: decP("0.95"), LoInclusive: true, Percent: true, Score: dec("3")},
				{Hi: decP("0.90"), Percent: true, Score: dec("0")},
			}},
		},
		{
			"满意度90%以上得5分，80%-90%得3分，80%以下不得分",
			Rule{Kind: Bands, Bands: []Band{
				{Lo: decP("0.9"), LoInclusive: true, Percent: true, Score: dec("5")},
				{Lo: decP("0.8"), Hi: decP("0.9"), LoInclusive: true, HiInclusive: true, Percent: true, Score: dec("3")},
				{Hi: decP("0.8"), HiInclusive: true, Percent: true, Score: dec("0")},
			}},
		},
		{
			"结转结余率≤5%得满分，否则不得分",
			Rule{Kind: Bands, Bands: []Band{
				{Hi: decP("0.05"), HiInclusive: true, Percent: true, FullMarks: true},
				{Otherwise: true, Score: dec("0")},
			}},
		},
		{
			"40场及以上得满分；30-40场得3分；30场以下（不含）不得分",
			Rule{Kind: Bands, Bands: []Band{
				{Lo: decP("40"), LoInclusive: true, Unit: "场", FullMarks: true},
				{Lo: decP("30"), Hi: decP("40"), LoInclusive: true, HiInclusive: true, Unit: "场", Score: dec("3")},
				{Hi: decP("30"), Unit: "场", Score: dec("0")},
			}},
		},
		{"按期完成得满分，未完成不得分", Rule{Kind: Binary}},
		{"按完成比例计算得分，满分为止", Rule{Kind: Proportional}},
		{"每发现一处问题扣1分，扣完为止", Rule{Kind: Checklist, PerFinding: dec("1")}},
		{"编制规范、依据充分得满分；每发现一处问题扣0.5分，扣完为止", Rule{Kind: Checklist, PerFinding: dec("0.5")}},
		{"每出现一次违规扣2分，最多扣4分", Rule{Kind: Checklist, PerFinding: dec("2"), MaxDeduct: decP("4")}},
	}
	for _, tt := range tests {
		got := Parse(tt.text)
		tt.want.Text = tt.text
		if diff := cmp.Diff(tt.want, got, decimalEqual()); diff != "" {
			t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestParseLength(t *testing.T) {
	ok := strings.Repeat(" ", MaxRuleRunes-len([]rune(propText))) + propText
	if got := Parse(ok).Kind; got != Proportional {
		t.Errorf("rule of %d runes: kind %q, want proportional", len([]rune(ok)), got)
	}
	long := ok + " "
	if got := Parse(long); got.Kind != Unreadable || got.Reason == "" {
		t.Errorf("rule of %d runes: kind %q reason %q, want unreadable", len([]rune(long)), got.Kind, got.Reason)
	}
}

// Texts whose words tell their kind but whose clauses are not all read are
// Partial and never recomputed; a person decides where the text says so.
func TestParseTellsKindFromWords(t *testing.T) {
	for _, tt := range []struct {
		text    string
		kind    Kind
		partial bool
	}{
		{"按完成比例", Proportional, true},
		{"完成得满分，完成得0分", Binary, true},
		{"10%-5%得2分", Binary, true},
		{"得分=分值-（100%-实际完成率）×100×0.1", Deduction, true},
		{"每发现一处问题酌情扣分", Judgement, false},
		{"资金管理制度健全规范,得2分", Binary, true},
		{"①制度健全1分;②执行到位1分", Checklist, false},
		{"持续有效", Judgement, false},
		{"参照相关文件", Judgement, false},
		{"根据实际情况酌情打分", Judgement, false},
		{"每低1个百分点扣0.1分，每超过1个百分点扣0.1分", Deduction, true},
	} {
		got := Parse(tt.text)
		if got.Kind != tt.kind || got.Partial != tt.partial {
			t.Errorf("Parse(%q) = %s partial %v (%s), want %s partial %v", tt.text, got.Kind, got.Partial, got.Reason, tt.kind, tt.partial)
		}
		out := got.Score(ParseValue("100%"), ParseValue("100%"), dec("5"), 2)
		if out.Status == ScoreComputed {
			t.Errorf("Parse(%q) recomputed a score from words: %s", tt.text, out.Score)
		}
	}
}

// Parse does bounded work on any text: a 32 KB text is refused at once, and
// the longest text it reads (MaxRuleRunes) is read in well under a
// millisecond.
func BenchmarkParseRule(b *testing.B) {
	for _, tc := range []struct {
		name, text string
	}{
		{"real", "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。"},
		{"longest read", strings.Repeat("每", MaxRuleRunes)},
		{"longest words", strings.Repeat("按期完成得", MaxRuleRunes/5)},
		{"32KB", strings.Repeat("按完成比例计算得分，满分为止；", 32<<10/len("按完成比例计算得分，满分为止；"))},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.text)))
			for b.Loop() {
				Parse(tc.text)
			}
		})
	}
}
