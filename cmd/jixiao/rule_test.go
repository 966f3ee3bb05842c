package main

import (
	"encoding/json"
	"testing"

	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/shopspring/decimal"
)

// `jixiao rule` agrees with the labelled corpus on every row: the kind a
// person gave each real 评分标准 text, and the score where the text alone
// decides it (the scoring package's TestRealRulesCorpus checks the same
// through the library).
func TestRuleCommandAgreesWithCorpus(t *testing.T) {
	rows, err := testgen.ReadRules("../../testdata/real/rules-dev.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		text, weight, target, actual, kind, expected := row.Text, row.Weight, row.Target, row.Actual, row.Kind, row.Expected
		args := []string{"rule", "--format", "json", "--target", target, "--actual", actual}
		if weight != "" {
			args = append(args, "--weight", weight)
		}
		code, stdout, stderr := runCmd(t, append(args, text)...)
		if code != exitValid {
			t.Errorf("line %d: exit %d (%s)", row.Line, code, stderr)
			continue
		}
		var got ruleReport
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatalf("line %d: %v in %s", row.Line, err, stdout)
		}
		if string(got.Kind) != kind {
			t.Errorf("line %d: kind %s, want %s", row.Line, got.Kind, kind)
		}
		switch {
		case expected == "" && got.Score != nil && got.Partial:
			t.Errorf("line %d: a partial rule scored %s", row.Line, *got.Score)
		case expected != "" && (got.Score == nil || !decimal.RequireFromString(*got.Score).Equal(decimal.RequireFromString(expected))):
			t.Errorf("line %d: score %v, want %s (%s)", row.Line, got.Score, expected, got.Note)
		}
	}
}

func TestRuleCommandUsage(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		{"no text", []string{"rule"}, exitTrouble},
		{"two texts", []string{"rule", "a", "b"}, exitTrouble},
		{"bad weight", []string{"rule", "--weight", "五", "按完成比例计算得分"}, exitTrouble},
		{"bad format", []string{"rule", "--format", "xml", "按完成比例计算得分"}, exitTrouble},
		{"unreadable", []string{"rule", "按附表3执行"}, exitFindings},
		{"read", []string{"rule", "--weight", "5", "--target", "≥40场", "--actual", "42场", "按完成比例计算得分，满分为止"}, exitValid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if code, _, stderr := runCmd(t, tc.args...); code != tc.want {
				t.Errorf("exit %d, want %d (%s)", code, tc.want, stderr)
			}
		})
	}
}
