package indicator

import (
	"testing"
	"unicode/utf8"

	"github.com/jixiao-go/jixiao/internal/num"
	"github.com/shopspring/decimal"
)

// FuzzParseRule checks that ParseRule and Score never panic, that the kind
// is always one of the documented ones, and that a computed score stays
// within [0, weight] with its interval ordered.
func FuzzParseRule(f *testing.F) {
	for _, seed := range []struct{ rule, target, actual string }{
		{ruleProp, "≥6500人次", "6000人次"},
		{ruleBudget, "100%", "97.5%"},
		{ruleAdjust, "=0", "3.5%"},
		{ruleCarry, "≤5%", "0%"},
		{ruleSanGong, "≤100%", "86.5%"},
		{ruleBelowTgt, "≥95%", "92%"},
		{ruleBands, "≤10%", "10%"},
		{ruleOnTime, "按期完成", "未按期完成"},
		{ruleFindings, "", ""},
		{"编制规范、依据充分得满分；每发现一处问题扣1分，扣完为止", "规范", "规范"},
		{"≥95%得满分；90%（含）-95%得3分；低于90%不得分", "≥95%", "90%"},
		{"≥40场得满分，每少1场扣0.5分", "≥40场", "37场"},
		{"≥95%得满分，每低1个百分点扣0.5分，最多扣2分", "≥95%", "80%"},
		{"完成率×分值", "≥0", "1E30"},
		{"每降低十五个百分点扣两分", "95%以上", "-1e-30%"},
		{"根据实际情况酌情打分", "1,234.50万元", "９９％"},
		{"0-10%(不含)-", "", "0.76"},
	} {
		f.Add(seed.rule, seed.target, seed.actual)
	}
	weight := decimal.NewFromInt(5)
	f.Fuzz(func(t *testing.T, rule, target, actual string) {
		r := ParseRule(rule)
		switch r.Kind {
		case RuleProportional, RuleDeduction, RuleBands, RuleBinary, RuleManual, RuleUnreadable, RuleNone:
		default:
			t.Fatalf("ParseRule(%q): unknown kind %q", rule, r.Kind)
		}
		if utf8.RuneCountInString(rule) > MaxRuleRunes && r.Kind != RuleUnreadable {
			t.Fatalf("ParseRule of %d runes: kind %q", utf8.RuneCountInString(rule), r.Kind)
		}
		if d := r.Deduction; d != nil && (d.Step.Sign() <= 0 || d.Amount.Sign() <= 0) {
			t.Fatalf("ParseRule(%q): step %s amount %s", rule, d.Step, d.Amount)
		}
		for _, rr := range []Rule{r, DefaultProjectRule()} {
			o := rr.Score(target, actual, weight, 2)
			if only := rr.ScoreOnly(target, actual, weight, 2); only.Status != o.Status || !only.Score.Equal(o.Score) ||
				only.Reason != o.Reason || only.UnitMismatch != o.UnitMismatch {
				t.Fatalf("rule %q: ScoreOnly(%q, %q) = %+v, Score gives %+v", rule, target, actual, only, o)
			}
			if o.Status != ScoreComputed {
				if o.Reason == "" {
					t.Fatalf("rule %q Score(%q, %q): status %s without reason", rule, target, actual, o.Status)
				}
				continue
			}
			if o.Score.Sign() < 0 || o.Score.GreaterThan(weight) {
				t.Fatalf("rule %q Score(%q, %q) = %s, outside [0, %s]", rule, target, actual, o.Score, weight)
			}
			if o.Interval.Lo.GreaterThan(o.Interval.Hi) || o.Interval.Lo.Sign() < 0 || o.Interval.Hi.GreaterThan(weight) {
				t.Fatalf("rule %q Score(%q, %q): interval [%s, %s]", rule, target, actual, o.Interval.Lo, o.Interval.Hi)
			}
			if !num.NewShown(o.Score, 2).Interval().Meets(o.Interval) {
				t.Fatalf("rule %q Score(%q, %q) = %s, outside its interval [%s, %s]", rule, target, actual, o.Score, o.Interval.Lo, o.Interval.Hi)
			}
		}
	})
}
