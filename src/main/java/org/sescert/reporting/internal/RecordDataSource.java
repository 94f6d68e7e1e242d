package org.sescert.reporting.internal;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A report data source over Java records: {@code $F{name}} reads the component {@code name()}.
 * (JasperReports' bean data source wants getX() getters, which records do not have.) A component
 * holding a list of records is handed to a field declared as a data source as a data source of its
 * own, so that a row can carry its own small table. Once read to the end it starts over: a band
 * that may not split is filled again on the next page when it does not fit, and its tables and
 * charts must find their rows again.
 */
public final class RecordDataSource<R extends Record> implements JRRewindableDataSource {

    private final List<R> rows;
    private final Map<String, RecordComponent> components = new HashMap<>();
    private Iterator<R> iterator;
    private R current;

    public RecordDataSource(Class<R> type, List<R> rows) {
        this.rows = List.copyOf(rows);
        for (RecordComponent component : type.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        moveFirst();
    }

    public static <R extends Record> RecordDataSource<R> of(Class<R> type, List<R> rows) {
        return new RecordDataSource<>(type, rows);
    }

    @Override
    public boolean next() {
        if (!iterator.hasNext()) {
            moveFirst();
            return false;
        }
        current = iterator.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        RecordComponent component = components.get(field.getName());
        if (component == null) {
            throw new JRException("the report asks for field '" + field.getName() + "', which its rows do not have");
        }
        Object value;
        try {
            value = component.getAccessor().invoke(current);
        } catch (ReflectiveOperationException e) {
            throw new JRException("cannot read field " + field.getName(), e);
        }
        if (value instanceof List<?> list && JRDataSource.class.isAssignableFrom(field.getValueClass())) {
            return nested(component, list);
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JRDataSource nested(RecordComponent component, List<?> list) {
        var type = (java.lang.reflect.ParameterizedType) component.getGenericType();
        Class<? extends Record> element = (Class<? extends Record>) type.getActualTypeArguments()[0];
        return new RecordDataSource(element, list);
    }

    @Override
    public void moveFirst() {
        iterator = rows.iterator();
        current = null;
    }
}
