package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/narrative"
	"github.com/jixiao-go/jixiao/present"
)

var (
	errNoMatch     = errors.New("no file matches the pattern")
	errNoWorkbooks = errors.New("no spreadsheet (.xlsx, .xlsm, .xls, .ods, .et) in the directory")
)

// progressEvery is how often the progress line is drawn while a slow file
// is checked.
const progressEvery = 200 * time.Millisecond

// result is the outcome of one input.
type result struct {
	in  input
	rep *evaluation.Report
	err error
}

// checkAll evaluates the inputs with n workers and hands each result to
// emit in input order, as soon as it and all before it are done. progress,
// if not nil, is called with the count done between results and every
// progressEvery while waiting. emit and progress are called from the
// caller's goroutine only, so that what they write never interleaves.
func checkAll(ctx context.Context, inputs []input, n int, opts evaluation.Options, emit func(result), progress func(done, total int)) {
	results := make([]result, len(inputs))
	done := make([]chan struct{}, len(inputs))
	for i := range done {
		done[i] = make(chan struct{})
	}
	jobs := make(chan int)
	checker := evaluation.NewChecker(opts)
	var wg sync.WaitGroup
	var finished atomic.Int64
	for range max(n, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = evaluate(ctx, inputs[i], checker)
				finished.Add(1)
				close(done[i])
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range inputs {
			select {
			case jobs <- i:
			case <-ctx.Done():
				for j := i; j < len(inputs); j++ {
					results[j] = result{in: inputs[j], err: ctx.Err()}
					close(done[j])
				}
				return
			}
		}
	}()
	var tick <-chan time.Time
	if progress != nil {
		t := time.NewTicker(progressEvery)
		defer t.Stop()
		tick = t.C
	}
	for i := range inputs {
	wait:
		for {
			select {
			case <-done[i]:
				break wait
			case <-tick:
				progress(int(finished.Load()), len(inputs))
			}
		}
		emit(results[i])
		if progress != nil && i+1 < len(inputs) {
			progress(int(finished.Load()), len(inputs))
		}
	}
	wg.Wait()
}

func evaluate(ctx context.Context, in input, checker *evaluation.Checker) result {
	if in.err != nil {
		return result{in: in, err: in.err}
	}
	var doc *narrative.Document
	if in.report != "" {
		var err error
		if doc, err = narrative.ReadFile(in.report, narrative.Options{}); err != nil {
			return result{in: in, err: err}
		}
	}
	rep, err := checker.EvaluateWithReport(ctx, in.path, doc)
	return result{in: in, rep: rep, err: err}
}

// summary counts what a batch found.
type summary struct {
	files, valid, invalid, unreadable int
	blank                             int // files whose forms are all blank
	grades                            map[string]int
	blankForms                        int // forms with nothing filled in
	forms                             int // forms read, in every file
}

func (s *summary) add(r result) {
	s.files++
	switch {
	case r.err != nil:
		s.unreadable++
		return
	case r.rep.Blank:
		s.blank++
	case r.rep.Valid:
		s.valid++
	default:
		s.invalid++
	}
	s.forms += len(r.rep.Forms)
	for _, f := range r.rep.Forms {
		if f.Grade != nil {
			s.grades[*f.Grade]++
		}
		if f.Blank {
			s.blankForms++
		}
	}
}

func (s *summary) print(w io.Writer, l present.Lang) {
	grades, graded := "", 0
	for _, g := range []string{evaluation.GradeExcellent, evaluation.GradeGood, evaluation.GradeFair, evaluation.GradePoor} {
		if grades != "" {
			grades += " "
		}
		grades += fmt.Sprintf("%s %d", g, s.grades[g])
		graded += s.grades[g]
	}
	if s.blankForms > 0 {
		grades += fmt.Sprintf(" %s %d", blankLabel.In(l), s.blankForms)
	}
	fmt.Fprintln(w, present.BatchTotals(l, s.files, s.valid, s.invalid, s.blank, s.unreadable, s.forms, graded, grades))
}
