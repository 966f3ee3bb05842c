package annotate_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/jixiao-go/jixiao/annotate"
	"github.com/jixiao-go/jixiao/evaluation"
)

func ExampleFile() {
	dst := filepath.Join(os.TempDir(), "jixiao-example-annotated.xlsx")
	defer os.Remove(dst)
	rep, err := annotate.File(context.Background(), evaluation.NewChecker(evaluation.Options{}), "../testdata/haizhu-kexie-2023-as-reported.xlsx", dst)
	if err != nil {
		panic(err)
	}
	fmt.Println(rep.Valid, len(annotate.Notes(rep, "zh")))
	// Output:
	// false 3
}
