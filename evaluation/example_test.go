package evaluation_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"

	"github.com/jixiao-go/jixiao/evaluation"
)

func Example() {
	rep, err := evaluation.Evaluate(context.Background(), "../testdata/haizhu-kexie-2023-as-reported.xlsx", evaluation.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("valid:", rep.Valid)
	for _, f := range rep.Forms {
		if f.Score != nil {
			fmt.Println(f.Sheet, *f.Score, *f.Grade)
		}
	}
	for _, f := range rep.Findings {
		fmt.Printf("%s %s %s!%s expected %s, found %s; fix %s = %s\n",
			f.Severity, f.Code, f.Sheet, f.Cell, f.Expected, f.Actual, f.Fix.Cell, f.Fix.Value)
	}
	// Output:
	// valid: false
	// 部门整体支出绩效评价评分表 96.95 优
	// 项目支出绩效自评表 99.68 优
	// error JX103 部门整体支出绩效自评表!B16 expected 283.79, found 236.79; fix D16 = 14.74
	// error JX104 部门整体支出绩效自评表!D18 expected 108.74, found 61.74; fix D16 = 14.74
}

func ExampleChecks() {
	for _, c := range evaluation.Checks()[:3] {
		fmt.Println(c.Code, c.Severity, c.Title.EN)
	}
	// Output:
	// JX001 info consistent within rounding
	// JX002 info formulas recomputed
	// JX003 error not a number
}

func ExampleGradeFor() {
	for _, s := range []string{"96.95", "89.99", "60", "59.99"} {
		fmt.Println(s, evaluation.GradeFor(mustDecimal(s)))
	}
	// Output:
	// 96.95 优
	// 89.99 良
	// 60 中
	// 59.99 差
}

// A pipeline checks its uploads through one Checker shared by its
// goroutines; each check reuses memory an earlier one used.
func ExampleChecker() {
	checker := evaluation.NewChecker(evaluation.Options{Language: "en"})
	paths := []string{
		"../testdata/haizhu-kexie-2023.xlsx",
		"../testdata/haizhu-kexie-2023-as-reported.xlsx",
		"../testdata/haizhu-kexie-2023-nocache.xlsx",
	}
	reports := make([]*evaluation.Report, len(paths))
	var wg sync.WaitGroup
	for i, path := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rep, err := checker.Evaluate(context.Background(), path)
			if err != nil {
				fmt.Println(err)
				return
			}
			reports[i] = rep
		}()
	}
	wg.Wait()
	for _, rep := range reports {
		fmt.Printf("%s valid=%v errors=%d\n", filepath.Base(rep.File), rep.Valid, len(rep.Errors()))
	}
	// Output:
	// haizhu-kexie-2023.xlsx valid=true errors=0
	// haizhu-kexie-2023-as-reported.xlsx valid=false errors=2
	// haizhu-kexie-2023-nocache.xlsx valid=true errors=0
}
