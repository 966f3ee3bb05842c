package num

import (
	"strings"
	"testing"
)

// FuzzParsePlain checks the fast path of ParseRaw against decimal's: the
// same value, the same places.
func FuzzParsePlain(f *testing.F) {
	for _, s := range []string{"283.79", "1.50", "-0", "+5", ".5", "007.50", "0.000123", "100", "1.1000000000000001",
		"123456789012345", "1234567890123456", "0.00", "1E5", "-12.340", strings.Repeat("9", 15) + ".0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if checkLiteral(s) != nil {
			return
		}
		fast, ok := parsePlain(s)
		if !ok {
			return
		}
		slow, err := parseLiteral(s, s)
		if err != nil {
			t.Fatalf("parsePlain(%q) = %s but parseLiteral fails: %v", s, fast, err)
		}
		if !fast.Value.Equal(slow.Value) || fast.Places != slow.Places {
			t.Fatalf("parsePlain(%q) = %s (%d places), parseLiteral %s (%d places)", s, fast.Value, fast.Places, slow.Value, slow.Places)
		}
	})
}
