package scoring

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"
)

// Value is a target or an actual value as read from its cell(s): a number
// with its comparison, the places it shows, its percent sign and unit, or
// text. Build one with ParseValue from text, or with QuantityValue from a
// number already read; then set Exact as the caller's policy says.
type Value struct {
	// Text is the value as written. A text value (按期完成, 有效提升) is
	// compared with the other's text normalised (full-width forms folded, white space dropped); a value whose
	// Text is blank and that holds no number is missing.
	Text string
	// Numeric is true when Quantity holds a number.
	Numeric bool
	// Quantity is the number: its comparison (from the cell or a separate
	// 指标性质 cell), its value with the places shown (a percentage as its
	// fraction), whether it was a percentage, and its unit (from the cell or
	// a separate 度量单位 cell), without qualifiers such as 以上 or 左右.
	Quantity num.Quantity
	// Exact is true when the number stands for itself, as a typed count,
	// target or threshold does: it has no rounding interval. When false the
	// number stands for every number that rounds to it at the places it
	// shows (num.Shown.Interval), as a rate or an amount rounded for display
	// does.
	Exact bool
	// Rate is a percentage written in brackets after the number, as an
	// amount spent is written with its 执行率: "30.00 (10.77%)" is 30.00
	// with the rate 10.77%. Nil when there is none.
	Rate *num.Quantity
	// Problem says, in English, why the number written cannot be used (text
	// after its unit, conflicting comparisons, a number too long to read);
	// "" when it can. A Value with a Problem is unusable with every rule
	// that needs its number.
	Problem string
}

// ParseValue reads a target or an actual value from its text, such as
// "≥6500人次", "92%", "1,234.50万元" or "按期完成", with num.ParseQuantity.
// A trailing 以上, 以下 or 以内 is read as the comparison it is ("95%以上"
// is "≥95%"); a trailing 左右 or (含) is dropped; other text after the unit
// ("92%（已完成）") is a Problem. Text that is not a number stays text. The
// Value is not Exact.
func ParseValue(text string) Value {
	q, err := num.ParseQuantity(text)
	switch {
	case errors.Is(err, num.ErrNotNumber), errors.Is(err, num.ErrEmpty):
		return Value{Text: text}
	case err != nil:
		return Value{Text: text, Problem: "unreadable number"}
	}
	return QuantityValue(text, q)
}

// QuantityValue is the Value of a number already read, from a number cell
// or from text by num.ParseQuantity, with text as written: the qualifiers
// that may follow its unit are read or dropped as ParseValue reads them.
// The Value is not Exact.
func QuantityValue(text string, q num.Quantity) Value {
	v := Value{Text: text, Numeric: true}
	q.Unit = stripQualifiers(&q, &v)
	q.Unit = bracketedRate(q.Unit, &v)
	if strings.ContainsAny(q.Unit, "0123456789,;:%()") || utf8.RuneCountInString(q.Unit) > maxUnitRunes+2 {
		v.Problem = "text after the number"
	}
	v.Quantity = q
	return v
}

// bracketedRate reads a percentage in brackets at the end of a unit,
// "(10.77%)" in "30.00 (10.77%)", into v.Rate, and returns the unit
// before it.
func bracketedRate(unit string, v *Value) string {
	open := strings.IndexByte(unit, '(')
	if open < 0 || !strings.HasSuffix(unit, ")") {
		return unit
	}
	rq, err := num.ParseQuantity(unit[open+1 : len(unit)-1])
	if err != nil || !rq.Percent || rq.Unit != "" || rq.Op != num.None {
		return unit
	}
	v.Rate = &rq
	return strings.TrimSpace(unit[:open])
}

// stripQualifiers removes the words that may follow a value's unit without
// being part of it, "以上", "以下", "以内" (read as comparisons into q.Op),
// "(含)" and "左右", and returns the unit left. Comparisons that disagree
// are a Problem of v.
func stripQualifiers(q *num.Quantity, v *Value) string {
	unit := q.Unit
	for range 3 { // "以上(含)", "(含)以上左右": a few words at most
		stripped := false
		for _, c := range [...]struct {
			word string
			op   num.Op
		}{
			{"及以上", num.AtLeast}, {"或以上", num.AtLeast}, {"以上", num.AtLeast},
			{"及以下", num.AtMost}, {"或以下", num.AtMost}, {"以下", num.AtMost}, {"及以内", num.AtMost}, {"以内", num.AtMost},
			{"(含)", num.None}, {"(含本数)", num.None}, {"左右", num.None},
		} {
			if !strings.HasSuffix(unit, c.word) {
				continue
			}
			unit, stripped = unit[:len(unit)-len(c.word)], true
			switch {
			case c.op == num.None:
			case q.Op == num.None:
				q.Op = c.op
			case q.Op != c.op:
				v.Problem = "conflicting comparisons"
			}
			break
		}
		if !stripped {
			break
		}
	}
	return unit
}

// input is a Value as the scorer uses it.
type input struct {
	Value
	text  string // Text after label.Normalize, for comparing text
	empty bool   // neither a number nor any text
}

func read(v Value) input {
	in := input{Value: v, text: label.Normalize(v.Text)}
	in.empty = !v.Numeric && v.Problem == "" && in.text == ""
	return in
}

// usable reports whether the value is a number that can be used.
func (v input) usable() bool { return v.Numeric && v.Problem == "" }

// unitKey is the unit a value is in: "%" for percentages.
func (v input) unitKey() string {
	if v.Quantity.Percent {
		return "%" + v.Quantity.Unit
	}
	return v.Quantity.Unit
}

// interval is every number the value may stand for: the number itself when
// Exact, else every number that rounds to it at the places it shows.
func (v input) interval() num.Interval {
	if v.Exact {
		return num.Point(v.Quantity.Value)
	}
	return v.Quantity.Shown.Interval()
}

// sameText reports whether target and actual are written alike: the same
// text after label.Normalize and, for numbers, the same comparison, which a
// separate 指标性质 cell gives the target and not the actual.
func sameText(t, a input) bool {
	return t.text != "" && t.text == a.text && t.Quantity.Op == a.Quantity.Op
}

// unitsFit reports whether two unit keys may be compared: equal, or one of
// them absent.
func unitsFit(a, b string) bool { return a == "" || b == "" || a == b }

// maxBareFraction is the largest plain number read as a fraction beside a
// percentage: "0.76" or "1.05" beside "≥95%" are 76% and 105%, but "92"
// beside "≥95%" is a percentage typed without its sign, and is unusable
// rather than read as 9200%.
const maxBareFraction = 2

// fit checks that two values (unit keys and magnitudes, named for the
// reason) may be compared: units that fit, and no plain number that looks
// like a percentage without its sign beside a percentage.
func fit(name1, key1 string, v1 decimal.Decimal, name2, key2 string, v2 decimal.Decimal) (Outcome, bool) {
	if !unitsFit(key1, key2) {
		return mismatch(name1 + " in " + unitName(key1) + ", " + name2 + " in " + unitName(key2)), false
	}
	bare := func(key string, v decimal.Decimal, other string) bool {
		return key == "" && strings.HasPrefix(other, "%") && v.Abs().GreaterThan(decimal.NewFromInt(maxBareFraction))
	}
	if bare(key1, v1, key2) || bare(key2, v2, key1) {
		return unusable("a plain number beside a percentage looks like a percentage without its % sign (" + name1 + ", " + name2 + ")"), false
	}
	return Outcome{}, true
}

func unitName(key string) string {
	if key == "" {
		return "no unit"
	}
	return `"` + key + `"`
}

// SentenceValue reads the figure a sentence ends with, as an actual value is
// often written: "编制40人，在职38人，95.00%" is 95.00%, "上年8.00万元，本年
// 7.00万元，-12.50%" is -12.50% (the change from 8.00 to 7.00). It returns the Value of the last clause
// and that clause, when the text has two or more clauses and the last is a
// number alone (with its unit or percent sign). When the clauses before it
// state exactly two amounts in one unit and the last is a percentage, the
// percentage must be a rate of them (rateOf) within the rounding of all
// three, the rate recomputed from its amounts: "采购预算20.00万元，实际采购18.60万元，
// 93.00%" is read, "…，95.00%" is not. ok is false when no figure is
// unambiguous; never a guess.
func SentenceValue(text string) (v Value, figure string, ok bool) {
	clauses := strings.FieldsFunc(text, func(r rune) bool {
		return strings.ContainsRune(",，;；、", r)
	})
	if len(clauses) < 2 || len(clauses) > maxSentenceClauses {
		return Value{}, "", false
	}
	last := strings.TrimSpace(clauses[len(clauses)-1])
	v = ParseValue(last)
	if !v.Numeric || v.Problem != "" || v.Rate != nil {
		return Value{}, "", false
	}
	if v.Quantity.Percent {
		var amounts []num.Quantity
		for _, c := range clauses[:len(clauses)-1] {
			if q, ok := trailingAmount(c); ok {
				amounts = append(amounts, q)
			}
		}
		if len(amounts) == 2 && amounts[0].Unit == amounts[1].Unit && amounts[0].Value.Sign() > 0 {
			if !rateOf(amounts[0], amounts[1], v.Quantity.Shown.Interval()) {
				return Value{}, "", false
			}
		}
	}
	return v, last, true
}

// rateOf reports whether a rate shown is a rate of two amounts within the
// rounding of all three: the later over the earlier (在职38人 of 编制40人),
// the earlier over the later (36 in use of 40), or the change from the one
// to the other (from 8.00 to 7.00 is -12.50%).
func rateOf(earlier, later num.Quantity, rate num.Interval) bool {
	one := decimal.NewFromInt(1)
	for _, pair := range [][2]num.Quantity{{later, earlier}, {earlier, later}} {
		ratio, ok := pair[0].Shown.Interval().Div(pair[1].Shown.Interval(), num.RatioPlaces)
		if !ok {
			continue
		}
		change := num.Interval{Lo: ratio.Lo.Sub(one), Hi: ratio.Hi.Sub(one)}
		if ratio.Meets(rate) || change.Meets(rate) {
			return true
		}
	}
	return false
}

// maxSentenceClauses bounds the clauses SentenceValue reads.
const maxSentenceClauses = 8

// trailingAmount reads the number a clause ends with and its unit, such as
// 20.00万元 in "采购预算20.00万元".
func trailingAmount(clause string) (num.Quantity, bool) {
	clause = strings.TrimSpace(clause)
	i := strings.IndexFunc(clause, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return num.Quantity{}, false
	}
	q, err := num.ParseQuantity(clause[i:])
	if err != nil || q.Percent || q.Op != num.None || utf8.RuneCountInString(q.Unit) > maxUnitRunes {
		return num.Quantity{}, false
	}
	return q, true
}
