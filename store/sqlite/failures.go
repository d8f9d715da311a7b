package sqlite

import (
	"context"
	"fmt"
)

// ClearFailures forgets every recorded failure (after the inputs were
// fixed or given up on) and returns how many there were.
func (s *Store) ClearFailures(ctx context.Context) (int64, error) {
	res, err := s.w.ExecContext(ctx, `DELETE FROM failures`)
	if err != nil {
		return 0, fmt.Errorf("clear failures: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("clear failures: %w", err)
	}
	return n, nil
}
