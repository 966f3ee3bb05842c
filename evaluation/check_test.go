package evaluation_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/present"
)

// reference is the seed workbook, consistent.
const reference = "../testdata/haizhu-kexie-2023.xlsx"

// heavyIndicator is a check a program could add: it warns of any 三级
// indicator weighing more than 10 points. It counts its runs.
func heavyIndicator(runs *int) evaluation.Check {
	msg := present.Text{ZH: "指标“{name}”分值 {weight} 超过 10 分。", EN: "indicator {name} weighs {weight}, more than 10."}
	return evaluation.Check{
		Code: "XX001", Severity: evaluation.SeverityWarning,
		Title:    present.Text{ZH: "单项分值过高", EN: "indicator weighs too much"},
		Doc:      present.Text{ZH: "三级指标分值不应超过 10 分。", EN: "No 三级 indicator should weigh more than 10 points."},
		Forms:    []evaluation.FormKind{evaluation.KindProject},
		Messages: []*present.Text{&msg},
		Run: func(p *evaluation.Pass) {
			*runs++
			for _, in := range p.Form.Table.Indicators {
				if in.Weight.OK() && in.Weight.Value.Value.IntPart() > 10 {
					p.Report(evaluation.Diagnostic{At: in.Weight.Ref, Actual: in.Weight.Value.String(),
						Message: present.New(&msg, present.S("name", in.Name.Text), present.S("weight", in.Weight.Value.String()))})
				}
			}
		},
	}
}

func TestAddedCheckIsReportedDocumentedAndDisabled(t *testing.T) {
	runs := 0
	checks := append(evaluation.Checks(), heavyIndicator(&runs))
	c := &evaluation.Checker{Checks: checks}
	rep, err := c.Evaluate(context.Background(), reference)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range rep.Findings {
		if f.Code == "XX001" {
			got = append(got, f.Severity.Label(present.ZH)+" "+f.Sheet+"!"+f.Cell+" "+f.Message)
		}
	}
	want := []string{
		"警告 项目支出绩效自评表!G13 指标“科普活动场次”分值 15 超过 10 分。",
		"警告 项目支出绩效自评表!G14 指标“惠及公众人次”分值 15 超过 10 分。",
		"警告 项目支出绩效自评表!G17 指标“公众科学素质提升”分值 15 超过 10 分。",
		"警告 项目支出绩效自评表!G18 指标“科普阵地长效运行”分值 15 超过 10 分。",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") || runs != 1 {
		t.Errorf("runs %d, findings:\n%s\nwant:\n%s", runs, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !rep.Valid {
		t.Error("a warning made the workbook invalid")
	}

	var doc bytes.Buffer
	if err := evaluation.WriteRules(&doc, checks); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"| [XX001](#xx001) | warning | 单项分值过高 | indicator weighs too much |", "\n## XX001\n", "No 三级 indicator should weigh", "指标“{name}”分值 {weight} 超过 10 分。"} {
		if !strings.Contains(doc.String(), s) {
			t.Errorf("the rules document lacks %q", s)
		}
	}

	runs = 0
	off := &evaluation.Checker{Checks: checks, Options: evaluation.Options{Disable: []string{"XX001"}}}
	rep, err = off.Evaluate(context.Background(), reference)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Findings {
		if f.Code == "XX001" {
			t.Errorf("disabled check reported %+v", f)
		}
	}
	if runs != 0 {
		t.Errorf("disabled check ran %d times", runs)
	}
}

func TestCheckerRefusesBadSettings(t *testing.T) {
	runs := 0
	dup := heavyIndicator(&runs)
	dup.Code = evaluation.CodeSourceSum
	for name, c := range map[string]*evaluation.Checker{
		"unknown code to disable": {Options: evaluation.Options{Disable: []string{"JX999"}}},
		"unknown language":        {Options: evaluation.Options{Language: "fr"}},
		"two checks, one code":    {Checks: append(evaluation.Checks(), dup)},
		"check without a code":    {Checks: []evaluation.Check{{Severity: evaluation.SeverityError}}},
		"check without severity":  {Checks: []evaluation.Check{{Code: "XX002"}}},
	} {
		if _, err := c.Evaluate(context.Background(), reference); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
