package io.newsbot.index.postgres;

/**
 * How chunk vectors are kept in PostgreSQL: with pgvector (a {@code vector} column searched through an HNSW
 * index) or, where the extension is not installed, as a plain {@code real[]} searched by an exact scan
 * (fine for tests and small archives; install pgvector for large ones).
 */
enum VectorColumn {
    PGVECTOR {
        @Override
        String type(int dimension) {
            return "vector(" + dimension + ")";
        }

        @Override
        String literal(float[] v) {
            return join(v, '[', ']');
        }

        @Override
        String cast() {
            return "vector";
        }

        @Override
        String cosine(String column, String parameter) {
            return "1 - (" + column + " <=> " + parameter + ")";
        }

        @Override
        String orderBy(String column, String parameter) {
            return column + " <=> " + parameter; // ascending distance: what the HNSW index serves
        }
    },
    ARRAY {
        @Override
        String type(int dimension) {
            return "real[]";
        }

        @Override
        String literal(float[] v) {
            return join(v, '{', '}');
        }

        @Override
        String cast() {
            return "real[]";
        }

        @Override
        String cosine(String column, String parameter) {
            return "newsbot_dot(" + column + ", " + parameter + ")"; // vectors are unit length: dot = cosine
        }

        @Override
        String orderBy(String column, String parameter) {
            return cosine(column, parameter) + " desc";
        }
    };

    abstract String type(int dimension);

    abstract String literal(float[] vector);

    abstract String cast();

    abstract String cosine(String column, String parameter);

    abstract String orderBy(String column, String parameter);

    static VectorColumn ofColumnType(String formattedType) {
        return formattedType.startsWith("vector") ? PGVECTOR : ARRAY;
    }

    private static String join(float[] v, char open, char close) {
        StringBuilder sb = new StringBuilder(v.length * 10).append(open);
        for (int i = 0; i < v.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(v[i]);
        }
        return sb.append(close).toString();
    }
}
