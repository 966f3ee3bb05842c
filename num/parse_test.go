package num_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/jixiao-go/jixiao/num"
)

// decimalEqual compares decimals by value: 1.5 and 1.50 are the same number,
// although their exponents (and so reflect.DeepEqual and ==) differ.
var decimalEqual = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func shown(s string, places int32) num.Shown { return num.Shown{Value: dec(s), Places: places} }

func TestParseRaw(t *testing.T) {
	tests := []struct {
		raw     string
		want    num.Shown
		wantErr error
	}{
		{raw: "283.79", want: shown("283.79", 2)},
		{raw: "0", want: shown("0", 0)},
		{raw: "-0", want: shown("0", 0)},
		{raw: "+5", want: shown("5", 0)},
		{raw: ".5", want: shown("0.5", 1)},
		{raw: " 283.79\n", want: shown("283.79", 2)},
		{raw: "-14.5", want: shown("-14.5", 1)},
		{raw: "1.50", want: shown("1.5", 1)}, // raw values show what they hold, trailing zeros dropped
		// Float artefacts: 17 digits stored, 15 meant.
		{raw: "1.1000000000000001", want: shown("1.1", 1)},
		{raw: "4.4000000000000004", want: shown("4.4", 1)},
		{raw: "0.30000000000000004", want: shown("0.3", 1)},
		{raw: "283.78999999999996", want: shown("283.79", 2)},
		{raw: "-2.6000000000000001", want: shown("-2.6", 1)},
		{raw: "9999999999999999", want: shown("10000000000000000", 0)},
		{raw: "0.123456789012345678", want: shown("0.123456789012346", 15)},
		// Scientific notation, within the exponent limit.
		{raw: "1E-3", want: shown("0.001", 3)},
		{raw: "1e3", want: shown("1000", 0)},
		{raw: "2.5E+2", want: shown("250", 0)},
		{raw: "1E30", want: shown("1000000000000000000000000000000", 0)},
		{raw: "1E-30", want: shown("1E-30", 30)},
		{raw: "1E-000000000000000000000000000005", want: shown("0.00001", 5)},
		// Limits.
		{raw: "1E1000000000", wantErr: num.ErrExponent},
		{raw: "1E31", wantErr: num.ErrExponent},
		{raw: "1e-31", wantErr: num.ErrExponent},
		{raw: "-1E+99999999999999999999999", wantErr: num.ErrExponent},
		{raw: strings.Repeat("9", 200), wantErr: num.ErrTooLong},
		{raw: "0." + strings.Repeat("1", 198), wantErr: num.ErrTooLong},
		{raw: strings.Repeat("1", 65), wantErr: num.ErrTooLong},
		// A short literal whose value would print too long to read back.
		{raw: strings.Repeat("9", 63), want: shown("1"+strings.Repeat("0", 63), 0)},
		{raw: strings.Repeat("9", 64), wantErr: num.ErrTooLong}, // rounds up to 65 digits
		{raw: strings.Repeat("1", 60) + "E30", wantErr: num.ErrTooLong},
		{raw: "0." + strings.Repeat("0", 40) + "1E-30", wantErr: num.ErrTooLong},
		{raw: "0." + strings.Repeat("0", 30) + "1E-30", want: shown("1E-61", 61)},
		// Not numbers.
		{raw: "", wantErr: num.ErrEmpty},
		{raw: " \t", wantErr: num.ErrEmpty},
		{raw: "abc", wantErr: num.ErrNotNumber},
		{raw: "1,234.50", wantErr: num.ErrNotNumber},
		{raw: "12%", wantErr: num.ErrNotNumber},
		{raw: "１２", wantErr: num.ErrNotNumber},
		{raw: "1.2.3", wantErr: num.ErrNotNumber},
		{raw: ".", wantErr: num.ErrNotNumber},
		{raw: "-", wantErr: num.ErrNotNumber},
		{raw: "1e", wantErr: num.ErrNotNumber},
		{raw: "1e+", wantErr: num.ErrNotNumber},
		{raw: "e5", wantErr: num.ErrNotNumber},
		{raw: "1e5e5", wantErr: num.ErrNotNumber},
		{raw: "NaN", wantErr: num.ErrNotNumber},
		{raw: "Inf", wantErr: num.ErrNotNumber},
		{raw: "0x10", wantErr: num.ErrNotNumber},
		{raw: "--1", wantErr: num.ErrNotNumber},
		{raw: "TRUE", wantErr: num.ErrNotNumber},
	}
	for _, tt := range tests {
		got, err := num.ParseRaw(tt.raw)
		if tt.wantErr != nil {
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("ParseRaw(%q) error = %v, want %v", tt.raw, err, tt.wantErr)
			}
			var se *num.SyntaxError
			if !errors.As(err, &se) || se.Text != tt.raw {
				t.Errorf("ParseRaw(%q) error = %#v, want a *SyntaxError with the text as given", tt.raw, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseRaw(%q) error = %v", tt.raw, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got, decimalEqual); diff != "" {
			t.Errorf("ParseRaw(%q) mismatch (-want +got):\n%s", tt.raw, diff)
		}
	}
}

// TestParseRawHugeExponentIsCheap guards against shopspring's decimal parsing
// "1E1000000000" and then allocating hundreds of megabytes: the text must be
// rejected before any decimal is built.
func TestParseRawHugeExponentIsCheap(t *testing.T) {
	for _, raw := range []string{"1E1000000000", "-9.99e-2147483648", strings.Repeat("7", 200), strings.Repeat("7", 100000)} {
		allocs := testing.AllocsPerRun(20, func() {
			if _, err := num.ParseRaw(raw); err == nil {
				t.Fatalf("ParseRaw(%.20q…) succeeded", raw)
			}
		})
		if allocs > 2 {
			t.Errorf("ParseRaw(%.20q…) made %v allocations, want at most 2", raw, allocs)
		}
	}
}

func TestSyntaxErrorMessage(t *testing.T) {
	_, err := num.ParseRaw(strings.Repeat("9", 200))
	want := `num: "` + strings.Repeat("9", num.MaxNumberLen) + `…": number too long`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
	_, err = num.ParseQuantity("按期完成")
	if want := `num: "按期完成": not a number`; err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

func TestParseQuantity(t *testing.T) {
	tests := []struct {
		text    string
		want    num.Quantity
		wantErr error
	}{
		{text: "≥6500人次", want: num.Quantity{Op: num.AtLeast, Shown: shown("6500", 0), Unit: "人次"}},
		{text: "≤5%", want: num.Quantity{Op: num.AtMost, Shown: shown("0.05", 2), Percent: true}},
		{text: "=100%", want: num.Quantity{Op: num.Equal, Shown: shown("1", 2), Percent: true}},
		{text: "0.76", want: num.Quantity{Shown: shown("0.76", 2)}},
		{text: "76%", want: num.Quantity{Shown: shown("0.76", 2), Percent: true}},
		{text: "７６％", want: num.Quantity{Shown: shown("0.76", 2), Percent: true}},
		{text: "12.5%", want: num.Quantity{Shown: shown("0.125", 3), Percent: true}},
		{text: "-5%", want: num.Quantity{Shown: shown("-0.05", 2), Percent: true}},
		{text: "1,234.50", want: num.Quantity{Shown: shown("1234.5", 2)}},
		{text: "1,234,567", want: num.Quantity{Shown: shown("1234567", 0)}},
		{text: "283.79万", want: num.Quantity{Shown: shown("283.79", 2), Unit: "万"}},
		{text: "283.79 万元", want: num.Quantity{Shown: shown("283.79", 2), Unit: "万元"}},
		{text: "不少于40场", want: num.Quantity{Op: num.AtLeast, Shown: shown("40", 0), Unit: "场"}},
		{text: "大于等于90%", want: num.Quantity{Op: num.AtLeast, Shown: shown("0.9", 2), Percent: true}},
		{text: "大于90%", want: num.Quantity{Op: num.Above, Shown: shown("0.9", 2), Percent: true}},
		{text: ">=90", want: num.Quantity{Op: num.AtLeast, Shown: shown("90", 0)}},
		{text: "≧ 90", want: num.Quantity{Op: num.AtLeast, Shown: shown("90", 0)}},
		{text: "不超过 3 天", want: num.Quantity{Op: num.AtMost, Shown: shown("3", 0), Unit: "天"}},
		{text: "<1", want: num.Quantity{Op: num.Below, Shown: shown("1", 0)}},
		{text: "==1", want: num.Quantity{Op: num.Equal, Shown: shown("1", 0)}},
		{text: "1.50", want: num.Quantity{Shown: shown("1.5", 2)}},
		{text: "¥1,000.00", want: num.Quantity{Shown: shown("1000", 2)}},
		{text: "￥20元", want: num.Quantity{Shown: shown("20", 0), Unit: "元"}},
		{text: "1,23", want: num.Quantity{Shown: shown("1", 0), Unit: ",23"}},
		{text: "5.x", want: num.Quantity{Shown: shown("5", 0), Unit: ".x"}},
		{text: "1E5", want: num.Quantity{Shown: shown("1", 0), Unit: "E5"}},
		{text: "1E1000000000", want: num.Quantity{Shown: shown("1", 0), Unit: "E1000000000"}},
		{text: "2023年度", want: num.Quantity{Shown: shown("2023", 0), Unit: "年度"}},
		{text: "按期完成", wantErr: num.ErrNotNumber},
		{text: "≥", wantErr: num.ErrNotNumber},
		{text: "%", wantErr: num.ErrNotNumber},
		{text: ".5", want: num.Quantity{Shown: shown("0.5", 1)}},
		{text: "", wantErr: num.ErrEmpty},
		{text: " 　\n", wantErr: num.ErrEmpty},
		{text: strings.Repeat("9", 100), wantErr: num.ErrTooLong},
		{text: strings.Repeat("9", 300), wantErr: num.ErrTooLong},
		{text: "≥" + strings.Repeat("人", 300), wantErr: num.ErrTooLong},
	}
	for _, tt := range tests {
		got, err := num.ParseQuantity(tt.text)
		if tt.wantErr != nil {
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("ParseQuantity(%q) error = %v, want %v", tt.text, err, tt.wantErr)
			}
			var se *num.SyntaxError
			if !errors.As(err, &se) || se.Text != tt.text {
				t.Errorf("ParseQuantity(%q) error = %#v, want a *SyntaxError with the text as given", tt.text, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseQuantity(%q) error = %v", tt.text, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got, decimalEqual); diff != "" {
			t.Errorf("ParseQuantity(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestParseQuantityKeepsPlaces checks the places as typed survive printing.
func TestParseQuantityKeepsPlaces(t *testing.T) {
	for text, want := range map[string]string{
		"1.50":     "1.50",
		"76%":      "0.76",
		"76.0%":    "0.760",
		"1,234.50": "1234.50",
		"100":      "100",
	} {
		q, err := num.ParseQuantity(text)
		if err != nil {
			t.Errorf("ParseQuantity(%q): %v", text, err)
			continue
		}
		if got := q.String(); got != want {
			t.Errorf("ParseQuantity(%q).String() = %q, want %q", text, got, want)
		}
	}
}
