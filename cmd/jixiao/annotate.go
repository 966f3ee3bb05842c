package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/jixiao-go/jixiao/annotate"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/narrative"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsxwrite"
)

// runAnnotate checks one workbook and writes a copy of it with the findings
// as comments, coloured cells and a first sheet 核查结果. It prints the same
// report as check; the exit codes are check's: 0 valid, 1 error findings,
// 2 unreadable input, unwritable output or bad usage.
func runAnnotate(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("annotate", stderr)
	out := fs.String("o", "", "the annotated copy to write (required; never the input file)")
	flags := addCheckFlags(fs, "password of an encrypted workbook (the copy is encrypted with it too)")
	reportFlag := fs.String("report", "", "the narrative report (.docx or .txt) checked with the workbook; its findings go on the 核查结果 sheet")
	args, code, ok := parseCommand(fs, args, stdout)
	if !ok {
		return code
	}
	lang, err := flags.language()
	if err != nil {
		fmt.Fprintln(stderr, "jixiao:", err)
		return exitTrouble
	}
	en := lang == present.EN
	if len(args) != 1 || *out == "" {
		fmt.Fprintln(stderr, "usage: "+synopsis("annotate"))
		return exitTrouble
	}
	in := args[0]
	opts, err := flags.options()
	if err != nil {
		fmt.Fprintln(stderr, "jixiao:", err)
		return exitTrouble
	}
	var doc *narrative.Document
	if *reportFlag != "" {
		if doc, err = narrative.ReadFile(*reportFlag, narrative.Options{}); err != nil {
			fmt.Fprintln(stderr, "jixiao: "+describeError(*reportFlag, err, lang))
			return exitTrouble
		}
	}
	rep, err := annotate.FileWithReport(ctx, evaluation.NewChecker(opts), in, *out, doc)
	if rep != nil && !errors.Is(err, xlsxwrite.ErrSameFile) {
		printText(stdout, rep, lang)
	}
	switch {
	case errors.Is(err, xlsxwrite.ErrSameFile):
		fmt.Fprintln(stderr, "jixiao: "+pick(en, "-o 不能是输入文件本身："+*out, "-o must not be the input file: "+*out))
		return exitTrouble
	case err != nil && rep != nil:
		cause := err
		if pe := (*os.PathError)(nil); errors.As(err, &pe) {
			cause = pe.Err // the path is the output's, said already
		}
		fmt.Fprintln(stderr, "jixiao: "+pick(en, "无法写入 "+*out+"：", "cannot write "+*out+": ")+cause.Error())
		return exitTrouble
	case err != nil:
		fmt.Fprintln(stderr, "jixiao: "+describeError(in, err, lang))
		return exitTrouble
	}
	fmt.Fprintln(stdout, pick(en, "已写入批注版：", "annotated copy written: ")+*out)
	if !rep.Valid {
		return exitFindings
	}
	return exitValid
}

// pick picks the Chinese or the English text.
func pick(en bool, zh, english string) string {
	if en {
		return english
	}
	return zh
}
