package testgen

import (
	"encoding/csv"
	"fmt"
	"os"
)

// RuleRow is one labelled rule of testdata/real/rules-dev.tsv: a real
// 评分标准 text from a published table, its figures, and the kind and score
// a person gave it (testdata/real/README.md §1). Line is its line in the
// file, from 1 (the header is line 1).
type RuleRow struct {
	Line                                              int
	Text, Weight, Indicator, Target, Actual, Declared string
	Kind, Expected                                    string
}

// ReadRules reads the rows of a rules-dev.tsv file.
func ReadRules(path string) ([]RuleRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.LazyQuotes = '\t', true
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("testgen: %s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("testgen: %s: no header", path)
	}
	out := make([]RuleRow, 0, len(rows)-1)
	for i, row := range rows[1:] {
		if len(row) != 9 {
			return nil, fmt.Errorf("testgen: %s:%d: %d columns, want 9", path, i+2, len(row))
		}
		out = append(out, RuleRow{Line: i + 2, Text: row[0], Weight: row[1], Indicator: row[2], Target: row[3],
			Actual: row[4], Declared: row[5], Kind: row[7], Expected: row[8]})
	}
	return out, nil
}
