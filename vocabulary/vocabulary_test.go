package vocabulary_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jixiao-go/jixiao/vocabulary"
)

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"全年预算数":         "全年预算数",
		"二、全年预算数（万元）：":  "全年预算数",
		"年度资金总额：":       "年度资金总额",
		"其中：财政拨款":       "财政拨款",
		"自评得分（分）":       "自评得分",
		"得分(分)":         "得分",
		"执行率（%）":        "执行率",
		"总分（100分）":      "总分",
		"预算执行情况(10分)":   "预算执行情况",
		"权重【30分】":       "权重",
		"年初预算数(单位:万元)":  "年初预算数",
		"产出指标(50%)":     "产出指标",
		"指标（含说明）":       "指标(含说明)",
		"年度部门整 体支出规模":   "年度部门整体支出规模",
		"(1)基本支出":       "基本支出",
		"资本性支出(基本建设)":   "资本性支出(基本建设)",
		"":              "",
		"(万元)":          "(万元)",
		"合计(单位:千元)":     "合计",
		"年度资金总额(人民币万元)": "年度资金总额",
	} {
		if got := vocabulary.Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLookup(t *testing.T) {
	v := vocabulary.Default()
	for _, tc := range []struct {
		kind  vocabulary.Kind
		label string
		want  string
	}{
		{vocabulary.Measure, "调整后预算数（万元）", "adjusted"},
		{vocabulary.Line, "年度资金总额：", "total"},
		{vocabulary.Column, "自评得分（分）", "score"},
		{vocabulary.Column, "实际完成情况", "actual"},
		{vocabulary.Row, "总分（100分）", "total"},
		{vocabulary.Row, "得分合计", "total"},
		{vocabulary.Class, "对企业补助", "enterprises"},
		{vocabulary.Line, "合计", "total"},
		{vocabulary.Class, "合计", "total"},
	} {
		if got, ok := v.Lookup(tc.kind, tc.label); !ok || got != tc.want {
			t.Errorf("Lookup(%s, %q) = %q, %v; want %q", tc.kind, tc.label, got, ok, tc.want)
		}
	}
	if name, ok := v.Lookup(vocabulary.Measure, "全年可用资金"); ok {
		t.Errorf("全年可用资金 is %s by default", name)
	}
	var nilV *vocabulary.Vocabulary
	if got, _ := nilV.Lookup(vocabulary.Measure, "全年预算数"); got != "adjusted" {
		t.Errorf("a nil vocabulary is the default: %q", got)
	}
}

func TestWith(t *testing.T) {
	adjusted := vocabulary.Term{Kind: vocabulary.Measure, Name: "adjusted"}
	v, err := vocabulary.Default().With(vocabulary.Entry{Term: adjusted, Labels: []string{"全年可用资金"}})
	if err != nil {
		t.Fatal(err)
	}
	if !v.Is(adjusted, "全年可用资金（万元）") {
		t.Error("the added label is not read")
	}
	if vocabulary.Default().Is(adjusted, "全年可用资金") {
		t.Error("With changed the default vocabulary")
	}
	if _, err := vocabulary.Default().With(vocabulary.Entry{Term: adjusted, Labels: []string{"全年执行数"}}); err == nil {
		t.Error("a label of another term was taken")
	}
	if _, err := vocabulary.Default().With(vocabulary.Entry{Term: vocabulary.Term{Kind: "measure", Name: "nonsense"}, Labels: []string{"x"}}); err == nil {
		t.Error("an unknown term was taken")
	}
}

func TestParse(t *testing.T) {
	good := "\ufeff# 本局的写法\n\nmeasure.adjusted： 全年可用资金，全年预算、 年度预算\nline.total: 资金合计\n"
	entries, err := vocabulary.Parse(strings.NewReader(good), "local.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 || strings.Join(entries[0].Labels, "|") != "全年可用资金|全年预算|年度预算" || entries[1].Term.String() != "line.total" {
		t.Errorf("entries = %+v", entries)
	}
	for text, line := range map[string]int{
		"measure.adjusted 全年可用资金\n": 1,
		"\nadjusted: 全年可用资金\n":      2,
		"measure.nonsense: x\n":     1,
		"line.total:\n":             1,
		"# ok\nline.total: ,，\n":    2,
	} {
		_, err := vocabulary.Parse(strings.NewReader(text), "f")
		var pe *vocabulary.ParseError
		if !errors.As(err, &pe) || pe.Line != line {
			t.Errorf("Parse(%q) = %v, want an error on line %d", text, err, line)
		}
	}
}

func TestLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v.txt")
	if err := os.WriteFile(path, []byte("measure.adjusted: 全年可用资金\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	v, err := vocabulary.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := v.Lookup(vocabulary.Measure, "全年可用资金"); got != "adjusted" {
		t.Errorf("Lookup = %q", got)
	}
	if _, err := vocabulary.Load(filepath.Join(t.TempDir(), "none.txt")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
}

func TestTermsAreUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, term := range vocabulary.Terms() {
		if seen[term.String()] {
			t.Errorf("%s twice", term)
		}
		seen[term.String()] = true
	}
	if !seen["measure.adjusted"] || !seen["row.grade"] {
		t.Errorf("terms: %v", vocabulary.Terms())
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"二、全年预算数（万元）：", "(万元)", "((分))", "[10分]", "(", ")", "得分(20分*执行率)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := vocabulary.Key(s)
		if vocabulary.Key(k) != k {
			t.Fatalf("Key not idempotent: %q → %q → %q", s, k, vocabulary.Key(k))
		}
	})
}

// Forms say how a column is worked out in brackets after its label.
func TestKeyDropsFormulaNotes(t *testing.T) {
	for in, want := range map[string]string{
		"全年预算数(A)":        "全年预算数",
		"执行率(B/A×100%)":   "执行率",
		"预算执行率（B/A×100%）": "预算执行率",
		"得分(20分*执行率)":     "得分",
		"年初目标值(A)":        "年初目标值",
		"调整预算数（A）":        "调整预算数",
		"指标(甲)":           "指标(甲)",
		"产出指标(2023)":      "产出指标(2023)",
		"预算执行情况（万元）（20分）": "预算执行情况",
	} {
		if got := vocabulary.Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}
