package num

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Limits on numeric text, checked before any decimal is built: shopspring's
// decimal happily parses "1E1000000000" and then allocates hundreds of
// megabytes to print or add it.
const (
	// MaxNumberLen is the longest numeric text accepted, in characters.
	MaxNumberLen = 64
	// MaxExponent bounds the exponent of a number in scientific notation.
	MaxExponent = 30
	// SignificantDigits is how many significant digits a stored binary float
	// carries reliably; raw values are rounded to it, which removes artefacts
	// such as 1.1000000000000001.
	SignificantDigits = 15
)

// Errors returned by the parsers. They are wrapped in a *SyntaxError.
var (
	ErrEmpty     = errors.New("empty")
	ErrNotNumber = errors.New("not a number")
	ErrTooLong   = errors.New("number too long")
	ErrExponent  = errors.New("exponent out of range")
)

// SyntaxError reports text that could not be read as a number.
type SyntaxError struct {
	Text string // the text as given, cut to MaxNumberLen characters
	Err  error  // one of ErrEmpty, ErrNotNumber, ErrTooLong, ErrExponent
}

// Error quotes the text and says what is wrong with it.
func (e *SyntaxError) Error() string { return "num: " + quoteCut(e.Text) + ": " + e.Err.Error() }

// Unwrap returns the sentinel error.
func (e *SyntaxError) Unwrap() error { return e.Err }

func quoteCut(s string) string {
	if utf8.RuneCountInString(s) > MaxNumberLen {
		r := []rune(s)
		s = string(r[:MaxNumberLen]) + "…"
	}
	return `"` + s + `"`
}

func syntaxErr(s string, err error) error { return &SyntaxError{Text: s, Err: err} }

// ParseRaw parses a raw stored cell value such as "283.79", "1E-3" or
// "1.1000000000000001". It rounds to SignificantDigits significant digits and
// returns the value with the places it then has as written.
func ParseRaw(raw string) (Shown, error) {
	s := strings.TrimSpace(raw)
	if err := checkLiteral(s); err != nil {
		return Shown{}, syntaxErr(raw, err)
	}
	if sh, ok := parsePlain(s); ok {
		return sh, nil
	}
	return parseLiteral(raw, s)
}

// parseLiteral is ParseRaw of a checked literal, through decimal.
func parseLiteral(raw, s string) (Shown, error) {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return Shown{}, syntaxErr(raw, ErrNotNumber)
	}
	d = roundSignificant(d, SignificantDigits)
	// The literal is short, but its exponent may still move the digits far
	// from the point ("1234…E30", "0.000…1E-30"), and rounding may carry
	// into a new digit ("99…9"): the value, as printed, must be a literal
	// ParseRaw accepts too.
	plain := d.String()
	if len(plain) > MaxNumberLen {
		return Shown{}, syntaxErr(raw, ErrTooLong)
	}
	return NewShown(d, placesWritten(plain)), nil
}

// parsePlain reads what most cells hold, a checked literal without exponent
// and with at most SignificantDigits significant digits, as parseLiteral
// does but without decimal's string work: the digits as an int64, the
// places those of the value printed without trailing zeros. It reports
// false for anything else.
func parsePlain(s string) (Shown, bool) {
	if len(s) > MaxNumberLen-2 { // printed, ".5" is "0.5"
		return Shown{}, false
	}
	i, neg := 0, false
	if s[0] == '+' || s[0] == '-' {
		neg, i = s[0] == '-', 1
	}
	var c int64
	significant, frac, places, dot := 0, 0, 0, false
	for ; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch >= '0' && ch <= '9':
			if c != 0 || ch != '0' {
				if significant++; significant > SignificantDigits {
					return Shown{}, false
				}
			}
			c = c*10 + int64(ch-'0')
			if dot {
				if frac++; ch != '0' {
					places = frac
				}
			}
		case ch == '.':
			dot = true
		default: // an exponent
			return Shown{}, false
		}
	}
	if neg {
		c = -c
	}
	return NewShown(decimal.New(c, int32(-frac)), int32(places)), true
}

// checkLiteral accepts only [+-]digits[.digits][(e|E)[+-]digits], within the
// length and exponent limits.
func checkLiteral(s string) error {
	if s == "" {
		return ErrEmpty
	}
	if len(s) > MaxNumberLen {
		return ErrTooLong
	}
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i++
	}
	digits, dot := 0, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot:
			dot = true
		case (c == 'e' || c == 'E') && digits > 0:
			return checkExponent(s[i+1:])
		default:
			return ErrNotNumber
		}
	}
	if digits == 0 {
		return ErrNotNumber
	}
	return nil
}

func checkExponent(s string) error {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" {
		return ErrNotNumber
	}
	e := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return ErrNotNumber
		}
		e = e*10 + int(s[i]-'0')
		if e > MaxExponent {
			return ErrExponent
		}
	}
	return nil
}

// roundSignificant rounds d to n significant digits.
func roundSignificant(d decimal.Decimal, n int) decimal.Decimal {
	if d.IsZero() {
		return decimal.Zero
	}
	coef := d.Coefficient().String()
	if coef[0] == '-' {
		coef = coef[1:]
	}
	if len(coef) <= n {
		return d
	}
	intDigits := len(coef) + int(d.Exponent())
	return d.Round(int32(n - intDigits))
}

// RoundSignificant rounds d to n significant digits, half away from zero.
func RoundSignificant(d decimal.Decimal, n int) decimal.Decimal { return roundSignificant(d, n) }
