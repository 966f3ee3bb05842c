package present_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/present"
)

var (
	sentence = present.Text{ZH: "{what}：合计应为 {expected}。", EN: "{what}: the total should be {expected}."}
	subject  = present.Text{ZH: "“{label}”行", EN: "row {label}"}
)

func TestMessageRendersInOneLanguage(t *testing.T) {
	m := present.New(&sentence, present.M("what", present.New(&subject, present.S("label", "基本支出"))), present.S("expected", "283.79"))
	for _, tc := range []struct {
		lang present.Lang
		want string
	}{
		{present.ZH, "“基本支出”行：合计应为 283.79。"},
		{present.EN, "row 基本支出: the total should be 283.79."},
	} {
		if got := m.In(tc.lang); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.lang, got, tc.want)
		}
	}
}

func TestMessageEdgeCases(t *testing.T) {
	zero := present.Message{}
	for _, tc := range []struct {
		name string
		m    present.Message
		want string
	}{
		{"zero", zero, ""},
		{"missing argument stays", present.New(&sentence, present.S("what", "x")), "x：合计应为 {expected}。"},
		{"zero nested message", present.New(&sentence, present.M("what", zero), present.S("expected", "1")), "：合计应为 1。"},
		{"unclosed brace", present.Plain(&present.Text{ZH: "a {b"}), "a {b"},
		{"English falls back to Chinese", present.Plain(&present.Text{ZH: "只有中文"}), "只有中文"},
	} {
		lang := present.ZH
		if tc.name == "English falls back to Chinese" {
			lang = present.EN
		}
		if got := tc.m.In(lang); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestPlaceholders(t *testing.T) {
	got := present.Placeholders(present.Text{ZH: "{a}与{b}", EN: "{b} and {c} and {a}"})
	if diff := cmp.Diff([]string{"a", "b", "c"}, got); diff != "" {
		t.Error(diff)
	}
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]present.Lang{"": present.ZH, "zh": present.ZH, "en": present.EN, "en-US": present.EN} {
		if got, err := present.ParseLang(in); err != nil || got != want {
			t.Errorf("ParseLang(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := present.ParseLang("fr"); err == nil {
		t.Error("ParseLang(fr) gave no error")
	}
}

func TestWidth(t *testing.T) {
	for s, want := range map[string]int{"": 0, "abc": 3, "得分": 4, "ＡＢ": 4, "JX103 错误": 10} {
		if got := present.Width(s); got != want {
			t.Errorf("Width(%q) = %d, want %d", s, got, want)
		}
	}
	if got := present.Pad("得分", 6); got != "得分  " {
		t.Errorf("Pad = %q", got)
	}
}

func TestSharedSentences(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{present.Fix(present.ZH, "D16", "14.74"), "建议将 D16 改为 14.74。"},
		{present.Fix(present.EN, "D16", "14.74"), "Fix: set D16 to 14.74."},
		{present.Counts(present.ZH, 2, 0, 1), "错误 2，警告 0，提示 1"},
		{present.ExpectedFound(present.EN, "1", ""), "Expected 1."},
		{present.ExpectedFound(present.ZH, "", ""), ""},
		{present.Severity(present.ZH, "warning"), "警告"},
		{present.Verdict(present.EN, present.OutcomeInvalid), "invalid"},
		{present.Verdict(present.ZH, present.OutcomeBlank), "未填写"},
		{present.FixHere(present.ZH, "14.74", []string{"JX103 B16", "JX104 D18"}), "建议将本单元格改为 14.74，可消除 JX103 B16、JX104 D18 处的问题。"},
	} {
		if tc.got != tc.want {
			t.Errorf("%q, want %q", tc.got, tc.want)
		}
	}
}

func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"项目支出绩效自评表":          "项目支出绩效自评表",
		"表\u202eAB":          "表<U+202E>AB",
		"\u200b部门":           "<U+200B>部门",
		"a\tb\nc":            "a\tb\nc",
		"x\x1b[31my":         "x<U+001B>[31my",
		"\ufeff年度资金总额\u2066": "<U+FEFF>年度资金总额<U+2066>",
	} {
		if got := present.Printable(in); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestQuotedArgument(t *testing.T) {
	tpl := present.Text{ZH: "{what}应为数字", EN: "{what} should be a number"}
	plain := present.Text{ZH: "年度资金总额·全年执行数", EN: "年度资金总额 executed"}
	quoted := present.Text{ZH: "支出经济分类“基本支出”行", EN: "economic classification, row 基本支出"}
	for _, tc := range []struct {
		arg  present.Text
		lang present.Lang
		want string
	}{
		{plain, present.ZH, "“年度资金总额·全年执行数”应为数字"},
		{quoted, present.ZH, "支出经济分类“基本支出”行应为数字"},
		{plain, present.EN, "年度资金总额 executed should be a number"},
	} {
		if got := present.New(&tpl, present.Q("what", present.Plain(&tc.arg))).In(tc.lang); got != tc.want {
			t.Errorf("%q, want %q", got, tc.want)
		}
	}
}
