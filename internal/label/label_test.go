package label_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/jixiao-go/jixiao/internal/label"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"年度部门整体支出规模", "年度部门整体支出规模"},
		{"年度部门整 体支出规模", "年度部门整体支出规模"},
		{"年度部门整体\n支出规模", "年度部门整体支出规模"},
		{"年度部门整体\r\n支出\t规模 ", "年度部门整体支出规模"},
		{"　年度部门整体支出规模　", "年度部门整体支出规模"}, // ideographic spaces
		{"年度\u200b部门\ufeff整体\u00a0支出规模", "年度部门整体支出规模"},
		{"产出指标（50分）", "产出指标(50分)"},
		{"产出指标（５０分）", "产出指标(50分)"},
		{"其中：财政拨款", "其中:财政拨款"},
		{"“三公”经费", `"三公"经费`},
		{"‘项目’", "'项目'"},
		{"【一级指标】", "[一级指标]"},
		{"〔2023〕", "[2023]"},
		{"ＡＢＣ　ｘｙｚ", "ABCxyz"},
		{"７６％", "76%"},
		{"", ""},
		{" \t\n　", ""},
		{"plain ascii", "plainascii"},
		{"\xff坏", "\ufffd坏"}, // invalid UTF-8 becomes U+FFFD
	}
	for _, tt := range tests {
		if got := label.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripLinePrefix(t *testing.T) {
	tests := []struct{ in, want string }{
		{"其中：财政拨款", "财政拨款"},
		{"其中财政拨款", "财政拨款"},
		{"按支出性质分：基本支出", "基本支出"},
		{"按资金来源分：财政拨款", "财政拨款"},
		{"一、年度资金总额", "年度资金总额"},
		{"十二、其他", "其他"},
		{"(1)基本支出", "基本支出"},
		{"（1）基本支出", "基本支出"},
		{"(一)基本支出", "基本支出"},
		{"1.基本支出", "基本支出"},
		{"10、项目支出", "项目支出"},
		{"①基本支出", "基本支出"},
		{"⑳其他", "其他"},
		{"其中：(1)财政拨款", "财政拨款"},
		{"其中:1.财政拨款", "财政拨款"},
		// Left alone.
		{"年度资金总额", "年度资金总额"},
		{"其中", "其中"},
		{"(1)", ""},
		{"()基本支出", "()基本支出"},
		{"(1基本支出", "(1基本支出"},
		{"1.", "1."},
		{"2023年", "2023年"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := label.StripLinePrefix(label.Normalize(tt.in)); got != tt.want {
			t.Errorf("StripLinePrefix(Normalize(%q)) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripWeight(t *testing.T) {
	tests := []struct{ in, name, weight string }{
		{"产出指标（50分）", "产出指标", "50"},
		{"产出指标(50分)", "产出指标", "50"},
		{"效益指标（ 30 分）", "效益指标", "30"},
		{"满意度指标(12.5分)", "满意度指标", "12.5"},
		{"产出指标", "产出指标", ""},
		{"产出指标(分)", "产出指标(分)", ""},
		{"产出指标(五十分)", "产出指标(五十分)", ""},
		{"产出指标50分)", "产出指标50分)", ""},
		{"(50分)", "", "50"},
		{"", "", ""},
		{"产出指标(50)", "产出指标", "50"},
		{"效益指标【30分】", "效益指标", "30"},
		{"满意度指标[10]", "满意度指标", "10"},
		{"产出指标50分", "产出指标", "50"},
		{"产出指标（50%）", "产出指标", "50"},
		{"得10分", "得10分", ""},
		{"扣2分", "扣2分", ""},
		{"(1)", "", "1"},
		{"产出指标(1.2.3分)", "产出指标(1.2.3分)", ""},
	}
	for _, tt := range tests {
		name, weight := label.StripWeight(label.Normalize(tt.in))
		if diff := cmp.Diff([2]string{tt.name, tt.weight}, [2]string{name, weight}); diff != "" {
			t.Errorf("StripWeight(Normalize(%q)) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// FuzzNormalize: no label function panics; Normalize is idempotent, leaves no
// white space; StripWeight's parts
// rebuild the label.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"年度部门整 体支出规模", "产出指标（50分）", "其中：财政拨款", "按支出性质分：基本支出",
		"一、年度资金总额", "(1)基本支出", "①基本支出", "“三公”经费", "\xff\xfe", "　\u200b\ufeff",
		"(", "(1)", "1.", "其中:", "十、", "(50分)", "\u0085\u2028", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := label.Normalize(s)
		if n2 := label.Normalize(n); n2 != n {
			t.Fatalf("Normalize not idempotent: %q → %q → %q", s, n, n2)
		}
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q is not valid UTF-8", s, n)
		}
		if i := strings.IndexFunc(n, unicode.IsSpace); i >= 0 {
			t.Fatalf("Normalize(%q) = %q keeps white space at byte %d", s, n, i)
		}
		stripped := label.StripLinePrefix(n)
		if !strings.HasSuffix(n, stripped) {
			t.Fatalf("StripLinePrefix(%q) = %q is not a suffix", n, stripped)
		}
		if again := label.StripLinePrefix(stripped); again != stripped && !strings.HasSuffix(stripped, again) {
			t.Fatalf("StripLinePrefix(%q) = %q is not a suffix", stripped, again)
		}
		if name, weight := label.StripWeight(n); weight != "" && (!strings.HasPrefix(n, name) || !strings.Contains(n[len(name):], weight)) {
			t.Fatalf("StripWeight(%q) = %q, %q", n, name, weight)
		}
	})
}
