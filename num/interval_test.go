package num_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"
)

func iv(lo, hi string) num.Interval { return num.Interval{Lo: dec(lo), Hi: dec(hi)} }

func TestIntervalArithmetic(t *testing.T) {
	tests := []struct {
		name string
		got  num.Interval
		want num.Interval
	}{
		{"Point", num.Point(dec("2.5")), iv("2.5", "2.5")},
		{"Add", iv("1.005", "1.015").Add(iv("2.995", "3.005")), iv("4", "4.02")},
		{"Add negative", iv("-1", "1").Add(iv("-0.5", "0.5")), iv("-1.5", "1.5")},
		{"Add", iv("1", "2").Add(iv("3", "4")).Add(num.Point(dec("0.5"))), iv("4.5", "6.5")},
		{"Scale", iv("0.755", "0.765").Scale(dec("100")), iv("75.5", "76.5")},
		{"ClampHi", iv("90", "110").ClampHi(dec("100")), iv("90", "100")},
		{"ClampHi below", iv("90", "95").ClampHi(dec("100")), iv("90", "95")},
		{"ClampLo", iv("-5", "5").ClampLo(dec("0")), iv("0", "5")},
		// Round is half away from zero, as Excel's ROUND.
		{"Round", iv("1.005", "2.345").Round(2), iv("1.01", "2.35")},
		{"Round negative", iv("-2.345", "-1.005").Round(2), iv("-2.35", "-1.01")},
		{"Round to integer", iv("0.5", "1.49").Round(0), iv("1", "1")},
		{"Shown interval", mustShown("14.74").Interval(), iv("14.735", "14.745")},
		{"Shown interval, 0 places", mustShown("100").Interval(), iv("99.5", "100.5")},
		{"Shown interval, negative", mustShown("-0.5").Interval(), iv("-0.55", "-0.45")},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.got, decimalEqual); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestIntervalMeetsContains(t *testing.T) {
	tests := []struct {
		a, b  num.Interval
		meets bool
	}{
		{iv("1", "2"), iv("2", "3"), true}, // touching ends meet
		{iv("1", "2"), iv("2.0000001", "3"), false},
		{iv("1", "5"), iv("2", "3"), true}, // inside
		{iv("2", "3"), iv("1", "5"), true},
		{iv("-3", "-1"), iv("-1", "0"), true},
		{iv("0", "0"), iv("0", "0"), true},
		{iv("4", "4.02"), iv("4.025", "4.035"), false},
	}
	for _, tt := range tests {
		if got := tt.a.Meets(tt.b); got != tt.meets {
			t.Errorf("%v.Meets(%v) = %v, want %v", tt.a, tt.b, got, tt.meets)
		}
		if got := tt.b.Meets(tt.a); got != tt.meets {
			t.Errorf("%v.Meets(%v) = %v, want %v (Meets must be symmetric)", tt.b, tt.a, got, tt.meets)
		}
	}
	a := iv("1", "2")
	for d, want := range map[string]bool{"1": true, "2": true, "1.5": true, "0.999": false, "2.001": false} {
		if got := a.Contains(dec(d)); got != want {
			t.Errorf("[1,2].Contains(%s) = %v, want %v", d, got, want)
		}
	}
}

func TestIntervalDiv(t *testing.T) {
	tests := []struct {
		name string
		a, b num.Interval
		prec int32
		want num.Interval
		ok   bool
	}{
		{"exact", iv("1", "2"), iv("4", "8"), 2, iv("0.12", "0.5"), true},
		{"widened outwards", iv("1", "1"), iv("3", "3"), 4, iv("0.3333", "0.3334"), true},
		{"two thirds", iv("2", "2"), iv("3", "3"), 2, iv("0.66", "0.67"), true},
		{"zero numerator", iv("0", "0"), iv("3", "3"), 2, iv("0", "0"), true},
		{"rate from shown figures", iv("283.785", "283.795"), iv("300.995", "301.005"), 6, iv("0.942791", "0.942857"), true},
		{"divisor may be zero", iv("1", "2"), iv("0", "1"), 2, num.Interval{}, false},
		{"negative divisor", iv("1", "2"), iv("-2", "-1"), 2, num.Interval{}, false},
		{"negative numerator", iv("-1", "2"), iv("1", "2"), 2, num.Interval{}, false},
	}
	for _, tt := range tests {
		got, ok := tt.a.Div(tt.b, tt.prec)
		if ok != tt.ok {
			t.Errorf("%s: ok = %v, want %v", tt.name, ok, tt.ok)
			continue
		}
		if diff := cmp.Diff(tt.want, got, decimalEqual); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestIntervalDivContainsTrueQuotients checks, over a grid, that every true
// quotient of a point in a by a point in b lies within a.Div(b).
func TestIntervalDivContainsTrueQuotients(t *testing.T) {
	a, b := iv("1.005", "1.015"), iv("2.995", "3.005")
	q, ok := a.Div(b, 3)
	if !ok {
		t.Fatal("Div reported false")
	}
	for _, x := range []string{"1.005", "1.01", "1.015"} {
		for _, y := range []string{"2.995", "3", "3.005"} {
			exact := dec(x).DivRound(dec(y), 20)
			if !q.Contains(exact) {
				t.Errorf("%s/%s = %s is outside %v", x, y, exact, q)
			}
		}
	}
}

func TestShown(t *testing.T) {
	tests := []struct {
		s      num.Shown
		str    string
		places int32
		half   string
	}{
		{mustShown("1.50"), "1.50", 2, "0.005"},
		{num.NewShown(dec("1.5"), 2), "1.50", 2, "0.005"},
		{num.NewShown(dec("1.5"), -3), "2", 0, "0.5"}, // negative places count as 0
		{mustShown("283.79"), "283.79", 2, "0.005"},
		{mustShown("-0.5"), "-0.5", 1, "0.05"},
		{mustShown("100"), "100", 0, "0.5"},
		{num.NewShown(dec("0.76"), 4), "0.7600", 4, "0.00005"},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.str {
			t.Errorf("String() = %q, want %q", got, tt.str)
		}
		if tt.s.Places != tt.places {
			t.Errorf("%s: Places = %d, want %d", tt.str, tt.s.Places, tt.places)
		}
		if got := tt.s.HalfUnit(); !got.Equal(dec(tt.half)) {
			t.Errorf("%s: HalfUnit() = %s, want %s", tt.str, got, tt.half)
		}
	}
	if !mustShown("1.5").Equal(mustShown("1.50")) {
		t.Error("1.5 and 1.50 should be Equal: places are ignored")
	}
	if mustShown("1.5").Equal(mustShown("1.51")) {
		t.Error("1.5 and 1.51 should differ")
	}
}

func TestMustShownPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustShown(\"abc\") did not panic")
		}
	}()
	mustShown("abc")
}

func TestRatioRound(t *testing.T) {
	tests := []struct {
		a, b   string
		places int32
		want   string
		ok     bool
	}{
		{"1", "3", 4, "0.3333", true},
		{"2", "3", 2, "0.67", true},
		{"283.79", "301", num.RatioPlaces, "0.942823920266", true},
		{"-1", "8", 2, "-0.13", true}, // half away from zero
		{"1", "0", 2, "0", false},
	}
	for _, tt := range tests {
		got, ok := num.Ratio(dec(tt.a), dec(tt.b), tt.places)
		if ok != tt.ok || !got.Equal(dec(tt.want)) {
			t.Errorf("Ratio(%s, %s, %d) = %s, %v, want %s, %v", tt.a, tt.b, tt.places, got, ok, tt.want, tt.ok)
		}
	}
	for in, want := range map[string]string{"2.5": "3", "-2.5": "-3", "2.4999": "2", "0.5": "1", "1.45": "1"} {
		if got := num.Round(dec(in), 0); !got.Equal(dec(want)) {
			t.Errorf("Round(%s, 0) = %s, want %s", in, got, want)
		}
	}
	if got := num.Round(dec("5.45"), 1); !got.Equal(dec("5.5")) {
		t.Errorf("Round(5.45, 1) = %s, want 5.5", got)
	}
	if got := num.Int(42); !got.Equal(dec("42")) {
		t.Errorf("Int(42) = %s", got)
	}
}

// mustShown reads a plain decimal literal with the places as written.
func mustShown(s string) num.Shown {
	places := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		places = len(s) - i - 1
	}
	return num.NewShown(decimal.RequireFromString(s), int32(places))
}
