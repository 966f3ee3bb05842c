package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/xlsx"
)

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", stderr)
	format := fs.String("format", "text", "output format: text or json (one object per file, one per line)")
	lang := fs.String("lang", "zh", "language of the messages: zh or en")
	disable := fs.String("disable", "", "comma-separated codes not to report, such as JX001,JX002")
	password := fs.String("password", "", "password of encrypted workbooks")
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return exitTrouble
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "jixiao: unknown format %q (want text or json)\n", *format)
		return exitTrouble
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "jixiao: check needs at least one file")
		return exitTrouble
	}
	opts := evaluation.Options{Language: *lang, Disable: splitCodes(*disable)}
	opts.Limits.Password = *password
	code := exitValid
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, file := range files {
		rep, err := evaluation.Evaluate(ctx, file, opts)
		if err != nil {
			fmt.Fprintln(stderr, "jixiao: "+describeError(file, err, *lang))
			code = exitTrouble
			continue
		}
		if !rep.Valid && code == exitValid {
			code = exitFindings
		}
		if *format == "json" {
			if err := enc.Encode(rep); err != nil {
				fmt.Fprintln(stderr, "jixiao:", err)
				return exitTrouble
			}
			continue
		}
		printText(stdout, rep, *lang == "en")
	}
	return code
}

// describeError gives one line on a file that could not be checked.
func describeError(file string, err error, lang string) string {
	var oe *xlsx.OpenError
	if errors.As(err, &oe) {
		return oe.Message(lang)
	}
	var nf *evaluation.NoFormError
	if errors.As(err, &nf) {
		if lang == "en" {
			return fmt.Sprintf("%s: no recognised form in sheets %q", file, nf.Sheets)
		}
		return fmt.Sprintf("%s：工作表 %q 中未找到标准自评表（资金表、支出经济分类表或绩效指标表）", file, nf.Sheets)
	}
	return err.Error()
}
