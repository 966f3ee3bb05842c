package scoring

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"
)

// FuzzParseRule checks that Parse, ParseValue, SentenceValue and Score never
// panic, that the kind is always one of the documented ones, that a rule
// told from its words is never recomputed, that ScoreOnly agrees with
// Score, and that a computed score stays within [0, weight] with its
// interval ordered, exact values or not (exact: bit 0 the target, bit 1 the
// actual). The 69 real rules of rules-dev.tsv seed it too.
func FuzzParseRule(f *testing.F) {
	for _, row := range readCorpus(f) {
		f.Add(row.Text, row.Target, row.Actual, uint8(0))
	}
	for i, seed := range []struct{ rule, target, actual string }{
		{propText, "≥6500人次", "6000人次"},
		{budgetText, "100%", "97.5%"},
		{adjustText, "=0", "3.5%"},
		{carryText, "≤5%", "0%"},
		{sanGongText, "≤100%", "86.5%"},
		{belowTargetText, "≥95%", "92%"},
		{bandsText, "≤10%", "10%"},
		{onTimeText, "按期完成", "未按期完成"},
		{findingsText, "", ""},
		{"编制规范、依据充分得满分；每发现一处问题扣1分，扣完为止", "规范", "规范"},
		{"≥95%得满分；90%（含）-95%得3分；低于90%不得分", "≥95%", "90%"},
		{"≥40场得满分，每少1场扣0.5分", "≥40场", "37场"},
		{"≥95%得满分，每低1个百分点扣0.5分，最多扣2分", "≥95%", "80%"},
		{"完成率×分值", "≥0", "1E30"},
		{"每降低十五个百分点扣两分", "95%以上", "-1e-30%"},
		{"根据实际情况酌情打分", "1,234.50万元", "９９％"},
		{"0-10%(不含)-", "", "0.76"},
	} {
		f.Add(seed.rule, seed.target, seed.actual, uint8(i%4))
	}
	weight := decimal.NewFromInt(5)
	f.Fuzz(func(t *testing.T, rule, target, actual string, exact uint8) {
		r := Parse(rule)
		switch r.Kind {
		case Proportional, Deduction, Bands, Binary, Checklist, Judgement, Unreadable, None:
		default:
			t.Fatalf("Parse(%q): unknown kind %q", rule, r.Kind)
		}
		if utf8.RuneCountInString(rule) > MaxRuleRunes && r.Kind != Unreadable {
			t.Fatalf("Parse of %d runes: kind %q", utf8.RuneCountInString(rule), r.Kind)
		}
		if d := r.Deduction; d != nil && (d.Step.Sign() <= 0 || d.Amount.Sign() <= 0) {
			t.Fatalf("Parse(%q): step %s amount %s", rule, d.Step, d.Amount)
		}
		if v, figure, ok := SentenceValue(actual); ok && (!v.Numeric || !strings.Contains(actual, figure)) {
			t.Fatalf("SentenceValue(%q) = %q, not a figure of it", actual, figure)
		}
		tv, av := ParseValue(target), ParseValue(actual)
		tv.Exact, av.Exact = exact&1 != 0, exact&2 != 0
		for _, rr := range []Rule{r, DefaultRule()} {
			o := rr.Score(tv, av, weight, 2)
			if only := rr.ScoreOnly(tv, av, weight, 2); only.Status != o.Status || !only.Score.Equal(o.Score) ||
				only.Reason != o.Reason || only.UnitMismatch != o.UnitMismatch {
				t.Fatalf("rule %q: ScoreOnly(%q, %q) = %+v, Score gives %+v", rule, target, actual, only, o)
			}
			if o.Status == ScoreComputed && rr.Partial {
				t.Fatalf("rule %q told from its words was recomputed: %s", rule, o.Score)
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
