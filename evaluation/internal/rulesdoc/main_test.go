package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/present"
)

// rulesMD is RULES.md at the root of the module.
const rulesMD = "../../../RULES.md"

func TestRulesMDIsUpToDate(t *testing.T) {
	want := render()
	got, err := os.ReadFile(rulesMD)
	if err != nil {
		t.Fatalf("%v; run go generate ./evaluation/", err)
	}
	got = bytes.ReplaceAll(got, []byte("\r\n"), []byte("\n")) // a checkout may add CRs
	if !bytes.Equal(got, want) {
		diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n"))
		t.Errorf("RULES.md is out of date; run go generate ./evaluation/\n(-generated +RULES.md):\n%s", diff)
	}
}

func TestRenderDocumentsEveryRule(t *testing.T) {
	rules := evaluation.Checks()
	doc := string(render())
	for _, want := range []string{
		"# jixiao rules\n",
		"Codes are stable",
		"never reused",
		"`--disable JX001,JX002`",
		"`Options.Disable`",
		"| Code | Severity | 标题 | Title |\n|---|---|---|---|\n",
		"| [JX103](#jx103) | error | 支出经济分类横向合计不符 | economic classification row does not foot |\n",
		"\n## JX103\n\n**支出经济分类横向合计不符** (economic classification row does not foot) · error · department\n\nIn the economic classification, each row's 合计",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("RULES.md lacks %q", want)
		}
	}
	if got := strings.Count(doc, "\n## "); got != len(rules) {
		t.Errorf("%d sections, want one per rule (%d)", got, len(rules))
	}
	if got := strings.Count(doc, "\n| [JX"); got != len(rules) {
		t.Errorf("%d table rows, want one per rule (%d)", got, len(rules))
	}
	last := 0
	for _, r := range rules {
		i := strings.Index(doc, "\n## "+r.Code+"\n")
		if i < last {
			t.Errorf("section %s missing or out of order", r.Code)
		}
		last = i
		if !strings.Contains(doc[i:], r.Doc.EN[:20]) || !strings.Contains(doc[i:], r.Doc.ZH[:12]) {
			t.Errorf("section %s lacks its Doc", r.Code)
		}
	}
}

func TestRenderEscapesMarkup(t *testing.T) {
	var b bytes.Buffer
	if err := evaluation.WriteRules(&b, []evaluation.Check{{
		Code: "JX999", Severity: evaluation.SeverityWarning,
		Title: present.Text{ZH: "甲|乙", EN: "a | b\nc"}, Doc: present.Text{EN: "2 * 3 < 7, snake_case, [x], `y`"},
	}}); err != nil {
		t.Fatal(err)
	}
	doc := b.String()
	for _, want := range []string{
		`| [JX999](#jx999) | warning | 甲\|乙 | a \| b c |`,
		"2 \\* 3 &lt; 7, snake\\_case, \\[x\\], \\`y\\`\n",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("render lacks %q:\n%s", want, doc)
		}
	}
}

func TestRunWritesTheFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "RULES.md")
	var stderr bytes.Buffer
	if code := run([]string{"-o", out}, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, render()) {
		t.Errorf("written file differs from render")
	}

	for _, args := range [][]string{nil, {"-o"}, {"-o", out, "extra"}, {"-x"}} {
		stderr.Reset()
		if code := run(args, &stderr); code != 2 || stderr.Len() == 0 {
			t.Errorf("run(%q) = %d, stderr %q; want 2 and a usage message", args, code, stderr.String())
		}
	}
	if code := run([]string{"-o", filepath.Join(t.TempDir(), "no", "such", "dir", "RULES.md")}, &stderr); code != 1 {
		t.Errorf("unwritable file: exit %d, want 1", code)
	}
}
