package xlsx

import (
	"testing"

	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/jixiao-go/jixiao/internal/num"
)

// FuzzMayBeNumber checks that the quick test never turns away text the
// parsers would read as a number.
func FuzzMayBeNumber(f *testing.F) {
	for _, s := range []string{"283.79", " 12", "\u3000１２", "¥1,000.00", "￥5", "283.79万", "-0", ".5", "+5",
		"基本支出", "≥40场", "#DIV/0!", "１．５", "\u200b12", "1E-3", "—", "（万元）"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lbl := label.Normalize(s)
		if lbl == "" || mayBeNumber(lbl) {
			return
		}
		if _, err := num.ParseRaw(s); err == nil {
			t.Fatalf("mayBeNumber(%q) is false but ParseRaw(%q) reads it", lbl, s)
		}
		if q, err := num.ParseQuantity(s); err == nil && q.Op == num.None {
			t.Fatalf("mayBeNumber(%q) is false but ParseQuantity(%q) reads %v", lbl, s, q)
		}
	})
}

func TestClassifyText(t *testing.T) {
	for text, want := range map[string]Kind{
		"基本支出": Text, "283.79": Number, " 12 ": Number, "￥5": Number, "¥1,000.00": Number, "283.79万": Number,
		"76%": Number, "１２": Number, "≥40场": Text, "#DIV/0!": Error, " ": Empty, "12场": Text,
	} {
		c := Cell{Text: text}
		classify(&c, 0, false, false, nil)
		if c.Kind != want {
			t.Errorf("classify(%q) kind %d, want %d", text, c.Kind, want)
		}
	}
}
