package main

import (
	"io"

	"github.com/jixiao-go/jixiao/evaluation"
)

func runRules(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("rules", stderr)
	lang := fs.String("lang", "zh", "language of the titles: zh or en")
	if _, err := parseInterspersed(fs, args); err != nil {
		return exitTrouble
	}
	var rows [][]string
	for _, r := range evaluation.Rules() {
		title := r.Title
		if *lang == "en" {
			title = r.TitleEN
		}
		rows = append(rows, []string{r.Code, string(r.Severity), title})
	}
	writeColumns(stdout, "", rows)
	return exitValid
}
