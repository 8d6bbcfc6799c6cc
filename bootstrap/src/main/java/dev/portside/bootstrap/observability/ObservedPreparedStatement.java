package dev.portside.bootstrap.observability;

import jakarta.annotation.Nullable;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

/**
 * A prepared statement whose executions are timed, and which keeps the values bound to it so that a slow
 * or logged execution can show them (redacted, {@link Redaction}): one array slot per binding, rendered
 * only when a line is written. Each row added to a batch keeps its own copy.
 */
final class ObservedPreparedStatement extends ObservedStatement<PreparedStatement> implements PreparedStatement {

    private final String sql;
    private Object[] values = new Object[8];
    /** The highest parameter index bound so far. */
    private int bound;
    /** The parameter rows added to the pending batch. */
    private final List<Object[]> rows = new ArrayList<>(0);

    ObservedPreparedStatement(
            ObservedConnection connection, PreparedStatement delegate, String sql, StatementListener listener) {
        super(connection, delegate, listener);
        this.sql = sql;
    }

    private void bind(int index, @Nullable Object value) {
        if (index < 1) {
            return; // the driver refuses it
        }
        if (index > values.length) {
            values = Arrays.copyOf(values, Math.max(index, values.length * 2));
        }
        values[index - 1] = value;
        bound = Math.max(bound, index);
    }

    @Override
    String parameters() {
        StringBuilder out = new StringBuilder("[");
        if (rows.isEmpty()) {
            if (bound > 0) {
                render(Arrays.copyOf(values, bound), out);
            }
        } else {
            for (int i = 0; i < rows.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                render(rows.get(i), out);
            }
        }
        return out.append(']').toString();
    }

    private static void render(Object[] row, StringBuilder out) {
        out.append('(');
        for (int i = 0; i < row.length; i++) {
            out.append(i == 0 ? "" : ", ").append(Redaction.parameter(row[i]));
        }
        out.append(')');
    }

    @Override
    String batchSql() {
        return sql;
    }

    @Override
    void forgetBatch() {
        super.forgetBatch();
        rows.clear();
    }

    @Override
    public boolean execute() throws SQLException {
        return observe(sql, delegate::execute);
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        return observe(sql, delegate::executeQuery);
    }

    @Override
    public int executeUpdate() throws SQLException {
        return observe(sql, delegate::executeUpdate);
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        return observe(sql, delegate::executeLargeUpdate);
    }

    @Override
    public void addBatch() throws SQLException {
        delegate.addBatch();
        rows.add(Arrays.copyOf(values, bound));
    }

    @Override
    public void clearParameters() throws SQLException {
        delegate.clearParameters();
        Arrays.fill(values, 0, bound, null);
        bound = 0;
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        return delegate.getMetaData();
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        return delegate.getParameterMetaData();
    }

    @Override
    public void setArray(int index, Array value) throws SQLException {
        bind(index, value);
        delegate.setArray(index, value);
    }

    @Override
    public void setAsciiStream(int index, InputStream value) throws SQLException {
        bind(index, value);
        delegate.setAsciiStream(index, value);
    }

    @Override
    public void setAsciiStream(int index, InputStream value, int length) throws SQLException {
        bind(index, value);
        delegate.setAsciiStream(index, value, length);
    }

    @Override
    public void setAsciiStream(int index, InputStream value, long length) throws SQLException {
        bind(index, value);
        delegate.setAsciiStream(index, value, length);
    }

    @Override
    public void setBigDecimal(int index, BigDecimal value) throws SQLException {
        bind(index, value);
        delegate.setBigDecimal(index, value);
    }

    @Override
    public void setBinaryStream(int index, InputStream value) throws SQLException {
        bind(index, value);
        delegate.setBinaryStream(index, value);
    }

    @Override
    public void setBinaryStream(int index, InputStream value, int length) throws SQLException {
        bind(index, value);
        delegate.setBinaryStream(index, value, length);
    }

    @Override
    public void setBinaryStream(int index, InputStream value, long length) throws SQLException {
        bind(index, value);
        delegate.setBinaryStream(index, value, length);
    }

    @Override
    public void setBlob(int index, InputStream value) throws SQLException {
        bind(index, value);
        delegate.setBlob(index, value);
    }

    @Override
    public void setBlob(int index, Blob value) throws SQLException {
        bind(index, value);
        delegate.setBlob(index, value);
    }

    @Override
    public void setBlob(int index, InputStream value, long length) throws SQLException {
        bind(index, value);
        delegate.setBlob(index, value, length);
    }

    @Override
    public void setBoolean(int index, boolean value) throws SQLException {
        bind(index, value);
        delegate.setBoolean(index, value);
    }

    @Override
    public void setByte(int index, byte value) throws SQLException {
        bind(index, value);
        delegate.setByte(index, value);
    }

    @Override
    public void setBytes(int index, byte[] value) throws SQLException {
        bind(index, value);
        delegate.setBytes(index, value);
    }

    @Override
    public void setCharacterStream(int index, Reader value) throws SQLException {
        bind(index, value);
        delegate.setCharacterStream(index, value);
    }

    @Override
    public void setCharacterStream(int index, Reader value, int length) throws SQLException {
        bind(index, value);
        delegate.setCharacterStream(index, value, length);
    }

    @Override
    public void setCharacterStream(int index, Reader value, long length) throws SQLException {
        bind(index, value);
        delegate.setCharacterStream(index, value, length);
    }

    @Override
    public void setClob(int index, Reader value) throws SQLException {
        bind(index, value);
        delegate.setClob(index, value);
    }

    @Override
    public void setClob(int index, Clob value) throws SQLException {
        bind(index, value);
        delegate.setClob(index, value);
    }

    @Override
    public void setClob(int index, Reader value, long length) throws SQLException {
        bind(index, value);
        delegate.setClob(index, value, length);
    }

    @Override
    public void setDate(int index, Date value) throws SQLException {
        bind(index, value);
        delegate.setDate(index, value);
    }

    @Override
    public void setDate(int index, Date value, Calendar calendar) throws SQLException {
        bind(index, value);
        delegate.setDate(index, value, calendar);
    }

    @Override
    public void setDouble(int index, double value) throws SQLException {
        bind(index, value);
        delegate.setDouble(index, value);
    }

    @Override
    public void setFloat(int index, float value) throws SQLException {
        bind(index, value);
        delegate.setFloat(index, value);
    }

    @Override
    public void setInt(int index, int value) throws SQLException {
        bind(index, value);
        delegate.setInt(index, value);
    }

    @Override
    public void setLong(int index, long value) throws SQLException {
        bind(index, value);
        delegate.setLong(index, value);
    }

    @Override
    public void setNCharacterStream(int index, Reader value) throws SQLException {
        bind(index, value);
        delegate.setNCharacterStream(index, value);
    }

    @Override
    public void setNCharacterStream(int index, Reader value, long length) throws SQLException {
        bind(index, value);
        delegate.setNCharacterStream(index, value, length);
    }

    @Override
    public void setNClob(int index, Reader value) throws SQLException {
        bind(index, value);
        delegate.setNClob(index, value);
    }

    @Override
    public void setNClob(int index, NClob value) throws SQLException {
        bind(index, value);
        delegate.setNClob(index, value);
    }

    @Override
    public void setNClob(int index, Reader value, long length) throws SQLException {
        bind(index, value);
        delegate.setNClob(index, value, length);
    }

    @Override
    public void setNString(int index, String value) throws SQLException {
        bind(index, value);
        delegate.setNString(index, value);
    }

    @Override
    public void setNull(int index, int sqlType) throws SQLException {
        bind(index, null);
        delegate.setNull(index, sqlType);
    }

    @Override
    public void setNull(int index, int sqlType, String typeName) throws SQLException {
        bind(index, null);
        delegate.setNull(index, sqlType, typeName);
    }

    @Override
    public void setObject(int index, Object value) throws SQLException {
        bind(index, value);
        delegate.setObject(index, value);
    }

    @Override
    public void setObject(int index, Object value, int targetSqlType) throws SQLException {
        bind(index, value);
        delegate.setObject(index, value, targetSqlType);
    }

    @Override
    public void setObject(int index, Object value, SQLType targetSqlType) throws SQLException {
        bind(index, value);
        delegate.setObject(index, value, targetSqlType);
    }

    @Override
    public void setObject(int index, Object value, int targetSqlType, int scaleOrLength) throws SQLException {
        bind(index, value);
        delegate.setObject(index, value, targetSqlType, scaleOrLength);
    }

    @Override
    public void setObject(int index, Object value, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        bind(index, value);
        delegate.setObject(index, value, targetSqlType, scaleOrLength);
    }

    @Override
    public void setRef(int index, Ref value) throws SQLException {
        bind(index, value);
        delegate.setRef(index, value);
    }

    @Override
    public void setRowId(int index, RowId value) throws SQLException {
        bind(index, value);
        delegate.setRowId(index, value);
    }

    @Override
    public void setSQLXML(int index, SQLXML value) throws SQLException {
        bind(index, value);
        delegate.setSQLXML(index, value);
    }

    @Override
    public void setShort(int index, short value) throws SQLException {
        bind(index, value);
        delegate.setShort(index, value);
    }

    @Override
    public void setString(int index, String value) throws SQLException {
        bind(index, value);
        delegate.setString(index, value);
    }

    @Override
    public void setTime(int index, Time value) throws SQLException {
        bind(index, value);
        delegate.setTime(index, value);
    }

    @Override
    public void setTime(int index, Time value, Calendar calendar) throws SQLException {
        bind(index, value);
        delegate.setTime(index, value, calendar);
    }

    @Override
    public void setTimestamp(int index, Timestamp value) throws SQLException {
        bind(index, value);
        delegate.setTimestamp(index, value);
    }

    @Override
    public void setTimestamp(int index, Timestamp value, Calendar calendar) throws SQLException {
        bind(index, value);
        delegate.setTimestamp(index, value, calendar);
    }

    @Override
    public void setURL(int index, URL value) throws SQLException {
        bind(index, value);
        delegate.setURL(index, value);
    }

    @Override
    public void setUnicodeStream(int index, InputStream value, int length) throws SQLException {
        bind(index, value);
        delegate.setUnicodeStream(index, value, length);
    }
}
