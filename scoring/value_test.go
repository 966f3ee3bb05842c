package scoring

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/num"
)

func TestParseValue(t *testing.T) {
	shown := func(s string, places int32) num.Shown { return num.NewShown(dec(s), places) }
	tests := []struct {
		text string
		want Value
	}{
		{"≥6500人次", Value{Numeric: true, Quantity: num.Quantity{Op: num.AtLeast, Shown: shown("6500", 0), Unit: "人次"}}},
		{"≤5%", Value{Numeric: true, Quantity: num.Quantity{Op: num.AtMost, Shown: shown("0.05", 2), Percent: true}}},
		{"95%以上", Value{Numeric: true, Quantity: num.Quantity{Op: num.AtLeast, Shown: shown("0.95", 2), Percent: true}}},
		{"95%（含）以上", Value{Numeric: true, Quantity: num.Quantity{Op: num.AtLeast, Shown: shown("0.95", 2), Percent: true}}},
		{"40场及以上", Value{Numeric: true, Quantity: num.Quantity{Op: num.AtLeast, Shown: shown("40", 0), Unit: "场"}}},
		{"5%以内", Value{Numeric: true, Quantity: num.Quantity{Op: num.AtMost, Shown: shown("0.05", 2), Percent: true}}},
		{"≤5%以内", Value{Numeric: true, Quantity: num.Quantity{Op: num.AtMost, Shown: shown("0.05", 2), Percent: true}}},
		{"92%左右", Value{Numeric: true, Quantity: num.Quantity{Shown: shown("0.92", 2), Percent: true}}},
		{"1,234.50万元", Value{Numeric: true, Quantity: num.Quantity{Shown: shown("1234.50", 2), Unit: "万元"}}},
		{"≥95%以下", Value{Numeric: true, Quantity: num.Quantity{Op: num.AtLeast, Shown: shown("0.95", 2), Percent: true}, Problem: "conflicting comparisons"}},
		{"92%（已完成）", Value{Numeric: true, Quantity: num.Quantity{Shown: shown("0.92", 2), Percent: true, Unit: "(已完成)"}, Problem: "text after the number"}},
		{"45场，完成率112%", Value{Numeric: true, Quantity: num.Quantity{Shown: shown("45", 0), Unit: "场,完成率112%"}, Problem: "text after the number"}},
		{"按期完成", Value{}},
		{" ", Value{}},
		{"", Value{}},
		{strings.Repeat("9", 100), Value{Problem: "unreadable number"}},
	}
	for _, tt := range tests {
		got := ParseValue(tt.text)
		tt.want.Text = tt.text
		if diff := cmp.Diff(tt.want, got, decimalEqual()); diff != "" {
			t.Errorf("ParseValue(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// A number read elsewhere, such as a number cell with its operator in a
// 指标性质 cell, is taken as it is, its qualifiers read as ParseValue reads
// them.
func TestQuantityValue(t *testing.T) {
	q := num.Quantity{Op: num.AtMost, Shown: num.NewShown(dec("5"), 0), Unit: "天"}
	if got, want := QuantityValue("5", q), (Value{Text: "5", Numeric: true, Quantity: q}); !cmp.Equal(want, got, decimalEqual()) {
		t.Errorf("QuantityValue = %+v, want %+v", got, want)
	}
	q.Unit = "天以内"
	if got := QuantityValue("5天以内", q); got.Quantity.Unit != "天" || got.Quantity.Op != num.AtMost || got.Problem != "" {
		t.Errorf("QuantityValue(5天以内) = %+v", got)
	}
	q.Op, q.Unit = num.AtLeast, "以下"
	if got := QuantityValue("5以下", q); got.Problem != "conflicting comparisons" {
		t.Errorf("QuantityValue(≥ from a column, 以下 in the cell) = %+v, want conflicting comparisons", got)
	}
}

// TestScoreExact checks scores and intervals of exact values against the
// same values read as rounded.
func TestScoreExact(t *testing.T) {
	const (
		countStep  = "≥40场得满分，每少1场扣0.5分"
		countBands = "40场及以上得满分；30-40场得3分；30场以下（不含）不得分"
	)
	iv := func(lo, hi string) num.Interval { return num.Interval{Lo: dec(lo), Hi: dec(hi)} }
	tests := []struct {
		name           string
		rule           string
		target, actual string
		exactT, exactA bool
		weight         string
		score          string
		want           num.Interval
	}{
		// 1/2 × 5; read as rounded, 1场 may be 1.5 and ≥2场 1.5: full marks.
		{"count missed", propText, "≥2场", "1场", true, true, "5", "2.5", iv("2.5", "2.5")},
		{"count missed, rounded", propText, "≥2场", "1场", false, false, "5", "2.5", iv("1", "5")},
		{"count missed, exact target", propText, "≥2场", "1场", true, false, "5", "2.5", iv("1.25", "3.75")},
		{"bare count", propText, "4个", "3个", true, true, "5", "3.75", iv("3.75", "3.75")},
		{"bare count, rounded", propText, "4个", "3个", false, false, "5", "3.75", iv("2.777777777777", "5")},
		// An exact zero actual against an upper bound: full marks, nothing
		// to divide by.
		{"zero under upper bound", propText, "≤5个", "0个", true, true, "5", "5", iv("5", "5")},
		{"zero under zero upper bound", propText, "≤0个", "0个", true, true, "5", "5", iv("5", "5")},
		{"binary met exactly", onTimeText, "≥2场", "2场", true, true, "5", "5", iv("5", "5")},
		{"binary met, rounded", onTimeText, "≥2场", "2场", false, false, "5", "5", iv("0", "5")},
		{"binary met, exact target", onTimeText, "≥2场", "2场", true, false, "5", "5", iv("0", "5")},
		{"step", countStep, "≥40场", "37场", true, true, "5", "3.5", iv("3.5", "3.5")},
		{"step, rounded", countStep, "≥40场", "37场", false, false, "5", "3.5", iv("3.5", "4")},
		// 30场 is in the 30-40 band; read as rounded it may be 29.6, below it.
		{"band edge", countBands, "≥40场", "30场", true, true, "5", "3", iv("3", "3")},
		{"band edge, rounded", countBands, "≥40场", "30场", false, false, "5", "3", iv("0", "3")},
		// The target's own value as the threshold: exact, it is a point.
		{"from exact target", belowTargetText, "100%", "97%", true, false, "5", "4.4", iv("4.4", "4.6")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			target, actual := ParseValue(tt.target), ParseValue(tt.actual)
			target.Exact, actual.Exact = tt.exactT, tt.exactA
			w := dec(tt.weight)
			got := Parse(tt.rule).Score(target, actual, w, 2)
			if got.Status != ScoreComputed || !got.Score.Equal(dec(tt.score)) {
				t.Fatalf("Score = %s %s (%s), want %s", got.Status, got.Score, got.Reason, tt.score)
			}
			if diff := cmp.Diff(tt.want, got.Interval, decimalEqual()); diff != "" {
				t.Errorf("interval mismatch (-want +got):\n%s", diff)
			}
			checkInterval(t, got, w)
			only := Parse(tt.rule).ScoreOnly(target, actual, w, 2)
			if only.Status != got.Status || !only.Score.Equal(got.Score) || only.Reason != got.Reason {
				t.Errorf("ScoreOnly = %+v, Score gives %+v", only, got)
			}
		})
	}
}

func TestSentenceValue(t *testing.T) {
	for _, tt := range []struct {
		text, figure string
		ok           bool
	}{
		{"编制40人，在职38人，95.00%", "95.00%", true},
		{"上年8.00万元，本年7.00万元，-12.50%", "-12.50%", true}, // the change from 8 to 7
		{"上年8.00万元，本年7.00万元，-10.00%", "", false},
		{"采购预算20.00万元，实际采购18.60万元，93.00%", "93.00%", true},
		{"采购预算20.00万元，实际采购18.60万元，95.00%", "", false}, // the rate disagrees with its amounts
		{"全年开展活动42场", "", false},                      // one clause: no sentence
		{"已完成，效果良好", "", false},                       // no figure
		{"完成38人，占95%（含）", "", false},                  // the last clause is not a number alone
	} {
		v, figure, ok := SentenceValue(tt.text)
		if ok != tt.ok || figure != tt.figure || ok && !v.Numeric {
			t.Errorf("SentenceValue(%q) = %q %v, want %q %v", tt.text, figure, ok, tt.figure, tt.ok)
		}
	}
}
