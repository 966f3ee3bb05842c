package label

import "testing"

// FuzzIsNormal checks the fast path: a string isNormal accepts is exactly
// what normalizeCopy makes of it.
func FuzzIsNormal(f *testing.F) {
	for _, s := range []string{"基本支出", "a b", "（", "\xff", "\ufffd", "\u200b", "12.5", "", "ｱ", "“x”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isNormal(s) && normalizeCopy(s) != s {
			t.Fatalf("isNormal(%q) but normalizeCopy gives %q", s, normalizeCopy(s))
		}
	})
}
