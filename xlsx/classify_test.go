package xlsx

import (
	"testing"

	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/jixiao-go/jixiao/num"
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
		classify(&c, styleFormat{}, nil)
		if c.Kind != want {
			t.Errorf("classify(%q) kind %d, want %d", text, c.Kind, want)
		}
	}
}

// Issue 12: amounts typed with 亿, 千, 亿元, 千元 or 万 read as numbers and keep
// their unit, as budget's vocabulary has them.
func TestClassifyAmountUnits(t *testing.T) {
	for _, tt := range []struct {
		text, value, unit string
		kind              Kind
	}{
		{"283.79万", "283.79", "万", Number},
		{"283.79万元", "283.79", "万元", Number},
		{"5亿", "5", "亿", Number},
		{"5亿元", "5", "亿元", Number},
		{"5千", "5", "千", Number},
		{"1,200千元", "1200", "千元", Number},
		{"300元", "300", "元", Number},
		{"5场", "0", "", Text},
		{"5百万", "0", "", Text},
	} {
		c := Cell{Text: tt.text}
		classify(&c, styleFormat{}, nil)
		if c.Kind != tt.kind || c.Value.String() != tt.value || c.Unit != tt.unit || c.PlacesFromFormat {
			t.Errorf("classify(%q): kind %d value %s unit %q; want %d %s %q", tt.text, c.Kind, c.Value, c.Unit, tt.kind, tt.value, tt.unit)
		}
		if tt.kind == Number && num.CanonicalAmountUnit(tt.unit) == "" && tt.unit != "" {
			t.Errorf("%q: unit %q not in the vocabulary", tt.text, tt.unit)
		}
	}
}

func TestFormatPlaces(t *testing.T) {
	for _, tt := range []struct {
		code                    string
		places                  int32
		percent, known, literal bool
	}{
		{"General", 0, false, false, false},
		{"0", 0, false, true, false},
		{"#,##0", 0, false, true, false},
		{"#,##0_ ", 0, false, true, false},
		{"#,##0;[Red]-#,##0", 0, false, true, false},
		{`#,##0"元"`, 0, false, true, false},
		{builtinFormat(3), 0, false, true, false},
		{builtinFormat(37), 0, false, true, false},
		{"#,##0.00", 2, false, true, false},
		{"0.00%", 4, true, true, false},
		{`0.00"%"`, 2, false, true, true},
		{`0.00\%`, 2, false, true, true},
		{`0"%"`, 0, false, true, true},
		{`0.0"%";-0.0"%"`, 1, false, true, true},
		{`"增长"0.00`, 2, false, true, false},
		{"yyyy-mm-dd", 0, false, false, false},
	} {
		places, percent, known := formatPlaces(tt.code)
		literal := known && !percent && literalPercent(tt.code)
		if places != tt.places || percent != tt.percent || known != tt.known || literal != tt.literal {
			t.Errorf("%q: %d places, percent %v, known %v, literal %% %v; want %d, %v, %v, %v", tt.code, places, percent, known, literal, tt.places, tt.percent, tt.known, tt.literal)
		}
	}
}

// Issue 12: a rate stored as 85.11 under 0.00"%" shows 85.11 %: its value is
// the fraction 0.8511 with the 4 places of a percentage; places that come
// from a format say so.
func TestClassifyWithFormat(t *testing.T) {
	styles := parseStyles([]byte(`<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.00&quot;%&quot;"/>` +
		`<numFmt numFmtId="165" formatCode="0.00\%"/></numFmts><cellXfs>` +
		`<xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="10"/><xf numFmtId="3"/></cellXfs></styleSheet>`))
	for _, tt := range []struct {
		text    string
		style   int
		value   string
		places  int32
		percent bool
		format  bool
	}{
		{"85.11", 1, "0.8511", 4, true, true},
		{"85.1149", 2, "0.8511", 4, true, true},
		{"0.8511", 3, "0.8511", 4, true, true},
		{"1234.5", 4, "1235", 0, false, true},
		{"1234.5", 0, "1234.5", 1, false, false},
	} {
		c := Cell{Text: tt.text}
		classify(&c, formatOf(styles, tt.style), nil)
		if c.Kind != Number || c.Value.String() != tt.value || c.Value.Places != tt.places || c.Percent != tt.percent || c.PlacesFromFormat != tt.format {
			t.Errorf("%s in style %d: %+v; want %s (%d places), percent %v, from format %v", tt.text, tt.style, c, tt.value, tt.places, tt.percent, tt.format)
		}
	}
}
