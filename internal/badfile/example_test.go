package badfile_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/jixiao-go/jixiao/internal/badfile"
	"github.com/jixiao-go/jixiao/xlsx"
)

func Example() {
	valid, err := os.ReadFile("../../testdata/haizhu-kexie-2023.xlsx")
	if err != nil {
		fmt.Println(err)
		return
	}
	for name, data := range map[string][]byte{
		"truncated upload": badfile.TruncateHalf(valid),
		"legacy .xls":      badfile.LegacyXLS(),
	} {
		_, err := xlsx.OpenReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), "upload.xlsx", xlsx.Options{})
		fmt.Println(name, errors.Is(err, xlsx.ErrCorrupt), errors.Is(err, xlsx.ErrLegacyXLS))
	}
	// Unordered output:
	// truncated upload true false
	// legacy .xls false true
}
