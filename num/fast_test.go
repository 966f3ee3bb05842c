package num

import (
	"testing"

	"github.com/shopspring/decimal"
)

var fastSeeds = []string{
	"0", "1", "-1", "2.81", "1.99", "0.005", "-0.005", "100", "1E5", "1E-20", "123456789012345678",
	"-123456789012345678", "9223372036854775807", "-9223372036854775808", "99999999999999999999",
	"0.000000000000000001", "5E18", "-5E18", "12345678901234567.8", "1E30",
}

// FuzzAdd checks the int64 paths against decimal's own arithmetic.
func FuzzAdd(f *testing.F) {
	for _, a := range fastSeeds {
		for _, b := range fastSeeds[:6] {
			f.Add(a, b, "7.25")
		}
	}
	f.Fuzz(func(t *testing.T, a, b, c string) {
		da, errA := decimal.NewFromString(a)
		db, errB := decimal.NewFromString(b)
		dc, errC := decimal.NewFromString(c)
		if errA != nil || errB != nil || errC != nil || len(a)+len(b)+len(c) > 120 {
			return
		}
		for _, d := range []decimal.Decimal{da, db, dc} {
			if d.Exponent() > 1000 || d.Exponent() < -1000 {
				return // decimal's own arithmetic would take ages
			}
		}
		if got, want := Add(da, db), da.Add(db); !got.Equal(want) {
			t.Fatalf("Add(%s, %s) = %s, want %s", a, b, got, want)
		}
		var tot Total
		for _, d := range []decimal.Decimal{da, db, dc, da} {
			tot.Add(d)
		}
		if got, want := tot.Value(), da.Add(db).Add(dc).Add(da); !got.Equal(want) {
			t.Fatalf("Total(%s, %s, %s, %s) = %s, want %s", a, b, c, a, got, want)
		}
	})
}

func TestTotalOfNothingIsZero(t *testing.T) {
	var tot Total
	if !tot.Value().IsZero() {
		t.Fatalf("empty total %s", tot.Value())
	}
}

// The int64 path takes one allocation, for the result.
func TestAddAllocations(t *testing.T) {
	a, b := decimal.RequireFromString("2.81"), decimal.RequireFromString("1.9")
	if n := testing.AllocsPerRun(100, func() { _ = Add(a, b) }); n > 2 {
		t.Errorf("Add allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() {
		var t Total
		for range 10 {
			t.Add(a)
			t.Add(b)
		}
		_ = t.Value()
	}); n > 2 {
		t.Errorf("a Total of 20 allocates %v times", n)
	}
}

// Exponents far apart, even past int32, never reach the int64 path.
func TestAddSmallFarExponents(t *testing.T) {
	for _, c := range []struct{ ea, eb int32 }{{2147483647, -2147483648}, {-2147483648, 2147483647}, {19, 0}, {0, -19}} {
		if _, _, ok := addSmall(1, c.ea, 1, c.eb); ok {
			t.Errorf("addSmall(1E%d, 1E%d) took the int64 path", c.ea, c.eb)
		}
	}
	if c, e, ok := addSmall(1, 18, 1, 0); !ok || c != 1e18+1 || e != 0 {
		t.Errorf("addSmall(1E18, 1) = %d, %d, %v", c, e, ok)
	}
}

// FuzzShownInterval checks the int64 path of Shown.Interval against
// decimal's arithmetic.
func FuzzShownInterval(f *testing.F) {
	for _, s := range fastSeeds {
		f.Add(s, int32(2))
	}
	f.Fuzz(func(t *testing.T, s string, places int32) {
		d, err := decimal.NewFromString(s)
		if err != nil || len(s) > 60 || d.Exponent() > 1000 || d.Exponent() < -1000 || places < 0 || places > 1000 {
			return
		}
		sh := NewShown(d, places)
		got := sh.Interval()
		h := HalfUnit(sh.Places)
		if !got.Lo.Equal(d.Sub(h)) || !got.Hi.Equal(d.Add(h)) {
			t.Fatalf("Interval of %s with %d places = [%s, %s]", s, places, got.Lo, got.Hi)
		}
	})
}
