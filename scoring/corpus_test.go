package scoring

import (
	"testing"

	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/shopspring/decimal"
)

func readCorpus(t testing.TB) []testgen.RuleRow {
	t.Helper()
	rows, err := testgen.ReadRules("../testdata/real/rules-dev.tsv")
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// CorpusScore scores a corpus row as `jixiao rule` does: the weight, target
// and actual as written.
func corpusScore(row testgen.RuleRow) (Rule, Outcome) {
	rule := Parse(row.Text)
	w, err := decimal.NewFromString(row.Weight)
	if err != nil {
		return rule, Outcome{Status: ScoreUnusable}
	}
	return rule, rule.Score(ParseValue(row.Target), ParseValue(row.Actual), w, 2)
}

// Every real rule text is read into the kind a person gave it, and every
// score the text alone decides is reproduced exactly.
func TestRealRulesCorpus(t *testing.T) {
	rows := readCorpus(t)
	if len(rows) != 69 {
		t.Fatalf("%d rows, want 69", len(rows))
	}
	scored := 0
	for _, row := range rows {
		rule, out := corpusScore(row)
		if string(rule.Kind) != row.Kind {
			t.Errorf("line %d: kind %s (%s), want %s: %s", row.Line, rule.Kind, rule.Reason, row.Kind, row.Text)
		}
		if row.Expected == "" {
			continue
		}
		scored++
		if rule.Partial || out.Status != ScoreComputed || out.Score.String() != decimal.RequireFromString(row.Expected).String() {
			t.Errorf("line %d: %s %s (%s), want %s: %s", row.Line, out.Status, out.Score, out.Reason, row.Expected, row.Text)
		}
	}
	if scored != 5 {
		t.Errorf("%d rows with an expected score, want 5", scored)
	}
}
