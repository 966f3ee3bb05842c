package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/present"
)

var msgNoSuchCode = present.Text{ZH: "没有代码为 {code} 的核对项（jixiao rules 列出全部）", EN: "no check has the code {code} (jixiao rules lists them)"}

// runRules lists every check with its severity and title, or, given codes,
// prints each one's documentation and the sentences it may say.
func runRules(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("rules", stderr)
	langFlag := fs.String("lang", "zh", "language of the titles: zh or en")
	codes, code, ok := parseCommand(fs, args, stdout)
	if !ok {
		return code
	}
	lang, err := present.ParseLang(*langFlag)
	if err != nil {
		fmt.Fprintln(stderr, "jixiao:", err)
		return exitTrouble
	}
	if len(codes) == 0 {
		var rows [][]string
		for _, c := range evaluation.Checks() {
			rows = append(rows, []string{c.Code, c.Severity.Label(lang), c.Title.In(lang)})
		}
		writeColumns(stdout, "", rows)
		return exitValid
	}
	for i, code := range codes {
		c, ok := evaluation.LookupCheck(strings.ToUpper(code))
		if !ok {
			fmt.Fprintln(stderr, "jixiao: "+present.New(&msgNoSuchCode, present.S("code", code)).In(lang))
			return exitTrouble
		}
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		fmt.Fprintf(stdout, "%s %s (%s)\n\n%s\n", c.Code, c.Title.In(lang), c.Severity.Label(lang), c.Doc.In(lang))
		for _, m := range c.Messages {
			fmt.Fprintf(stdout, "  · %s\n", m.In(lang))
		}
	}
	return exitValid
}
