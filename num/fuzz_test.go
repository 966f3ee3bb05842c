package num_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/jixiao-go/jixiao/num"
)

var fuzzSeeds = []string{
	"283.79", "1.1000000000000001", "4.4000000000000004", "1E-3", "-0", "+5", ".5",
	"1E1000000000", "1E30", "1E-30", "1E31", "123456789012345678901234567890E30",
	"0.000000000000000000000000000000000000000000000000000000000001E-30",
	strings.Repeat("9", 64), strings.Repeat("9", 200), "", "abc", "1e", "1.e5",
	"≥6500人次", "≤5%", "=100%", "0.76", "76%", "７６％", "1,234.50", "283.79万",
	"按期完成", "不少于40场", "1.50", "¥1,000.00", "大于等于90%", "5%%", "1,23",
}

// checkSyntaxError checks that err is a *SyntaxError for text wrapping one of
// the package's sentinels.
func checkSyntaxError(t *testing.T, fn, text string, err error) {
	t.Helper()
	var se *num.SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("%s(%q) error %T %v is not a *SyntaxError", fn, text, err, err)
	}
	if se.Text != text {
		t.Fatalf("%s(%q) error text = %q", fn, text, se.Text)
	}
	switch {
	case errors.Is(err, num.ErrEmpty), errors.Is(err, num.ErrNotNumber),
		errors.Is(err, num.ErrTooLong), errors.Is(err, num.ErrExponent):
	default:
		t.Fatalf("%s(%q) error %v wraps no sentinel", fn, text, err)
	}
	if n := len(err.Error()); n > 4*num.MaxNumberLen+64 {
		t.Fatalf("%s(%q) error message is %d bytes long", fn, text, n)
	}
}

// FuzzParseRaw: ParseRaw never panics, fails only with a *SyntaxError, and
// a value it accepts prints as text that parses back to the same value and
// places.
func FuzzParseRaw(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		sh, err := num.ParseRaw(raw)
		if err != nil {
			checkSyntaxError(t, "ParseRaw", raw, err)
			return
		}
		if sh.Places < 0 {
			t.Fatalf("ParseRaw(%q).Places = %d", raw, sh.Places)
		}
		text := sh.String()
		again, err := num.ParseRaw(text)
		if err != nil {
			t.Fatalf("ParseRaw(%q) = %s, which does not parse again: %v", raw, text, err)
		}
		if !again.Value.Equal(sh.Value) || again.Places != sh.Places {
			t.Fatalf("ParseRaw(%q) = %s (%d places), re-parsed as %s (%d places)", raw, text, sh.Places, again, again.Places)
		}
	})
}

// FuzzParseQuantity: ParseQuantity never panics, fails only with a
// *SyntaxError, and a quantity it accepts, written back as text, reads back
// the same.
func FuzzParseQuantity(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		q, err := num.ParseQuantity(text)
		if err != nil {
			checkSyntaxError(t, "ParseQuantity", text, err)
			return
		}
		if q.Places < 0 || (q.Percent && q.Places < 2) {
			t.Fatalf("ParseQuantity(%q) = %+v: bad places", text, q)
		}
		number := q.String()
		if q.Percent {
			number = q.Value.Shift(2).StringFixed(q.Places-2) + "%"
		}
		if len(strings.TrimSuffix(number, "%")) > num.MaxNumberLen {
			// Rounding to 15 significant digits may carry into a new
			// digit ("9.99…9" → "10.00…0"): the text would be too long
			// to read back, which is right.
			return
		}
		back := string(q.Op) + number + q.Unit
		if len(back) > 4*num.MaxNumberLen {
			return
		}
		q2, err := num.ParseQuantity(back)
		if err != nil {
			t.Fatalf("ParseQuantity(%q) = %+v, written %q, which fails: %v", text, q, back, err)
		}
		if q2.Op != q.Op || !q2.Value.Equal(q.Value) || q2.Places != q.Places || q2.Percent != q.Percent || q2.Unit != q.Unit {
			t.Fatalf("ParseQuantity(%q) = %+v, written %q, read back as %+v", text, q, back, q2)
		}
	})
}
