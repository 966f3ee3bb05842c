package scoring

import (
	"encoding/csv"
	"os"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
)

// corpusRow is one labelled rule of testdata/real/rules-dev.tsv: a real
// 评分标准 text from a published table, its figures, and the kind and score
// a person gave it (testdata/real/README.md §1).
type corpusRow struct {
	line                                  int
	text, weight, target, actual, declare string
	kind, expected                        string
}

func readCorpus(t testing.TB) []corpusRow {
	t.Helper()
	f, err := os.Open("../testdata/real/rules-dev.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.LazyQuotes = '\t', true
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []corpusRow
	for i, row := range rows[1:] {
		if len(row) != 9 {
			t.Fatalf("line %d: %d columns", i+2, len(row))
		}
		out = append(out, corpusRow{line: i + 2, text: row[0], weight: row[1], target: row[3], actual: row[4], declare: row[5], kind: row[7], expected: row[8]})
	}
	return out
}

// CorpusScore scores a corpus row as `jixiao rule` does: the weight, target
// and actual as written.
func corpusScore(row corpusRow) (Rule, Outcome) {
	rule := Parse(row.text)
	w, err := decimal.NewFromString(row.weight)
	if err != nil {
		return rule, Outcome{Status: ScoreUnusable}
	}
	return rule, rule.Score(ParseValue(row.target), ParseValue(row.actual), w, 2)
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
		if string(rule.Kind) != row.kind {
			t.Errorf("line %d: kind %s (%s), want %s: %s", row.line, rule.Kind, rule.Reason, row.kind, row.text)
		}
		if row.expected == "" {
			continue
		}
		scored++
		if rule.Partial || out.Status != ScoreComputed || out.Score.String() != decimal.RequireFromString(row.expected).String() {
			t.Errorf("line %d: %s %s (%s), want %s: %s", row.line, out.Status, out.Score, out.Reason, row.expected, row.text)
		}
	}
	if scored != 5 {
		t.Errorf("%d rows with an expected score, want 5", scored)
	}
	_ = strconv.Itoa
}
