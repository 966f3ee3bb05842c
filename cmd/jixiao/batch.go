package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/narrative"
	"github.com/jixiao-go/jixiao/present"
)

var (
	errNoMatch     = errors.New("no file matches the pattern")
	errNoWorkbooks = errors.New("no .xlsx workbook in the directory")
)

// result is the outcome of one input.
type result struct {
	in  input
	rep *evaluation.Report
	err error
}

// checkAll evaluates the inputs with n workers and hands each result to
// emit in input order, as soon as it and all before it are done. progress,
// if not nil, is called after each evaluation with the count done.
func checkAll(ctx context.Context, inputs []input, n int, opts evaluation.Options, emit func(result), progress func(done, total int)) {
	results := make([]result, len(inputs))
	done := make([]chan struct{}, len(inputs))
	for i := range done {
		done[i] = make(chan struct{})
	}
	jobs := make(chan int)
	checker := evaluation.NewChecker(opts)
	var wg sync.WaitGroup
	var mu sync.Mutex
	finished := 0
	for range max(n, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = evaluate(ctx, inputs[i], checker)
				if progress != nil {
					mu.Lock()
					finished++
					progress(finished, len(inputs))
					mu.Unlock()
				}
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
	for i := range inputs {
		<-done[i]
		emit(results[i])
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
	grades := ""
	for _, g := range []string{evaluation.GradeExcellent, evaluation.GradeGood, evaluation.GradeFair, evaluation.GradePoor} {
		if grades != "" {
			grades += " "
		}
		grades += fmt.Sprintf("%s %d", g, s.grades[g])
	}
	if s.blankForms > 0 {
		grades += fmt.Sprintf(" %s %d", blankLabel.In(l), s.blankForms)
	}
	fmt.Fprintln(w, present.BatchTotals(l, s.files, s.valid, s.invalid, s.blank, s.unreadable, grades))
}
