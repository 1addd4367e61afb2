package app.waypoint.engine;

import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import org.camunda.bpm.engine.cdi.impl.el.CdiResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;

/**
 * Resolves CDI bean names in expressions and nothing else. Camunda's {@link CdiResolver} hands everything but name lookup
 * to {@code BeanManager.getELResolver()}, which Quarkus ArC does not implement, so {@code ${bean.method(arg)}} failed
 * (camunda-bpm-platform #2610). Left unresolved here, method calls and properties fall through to the chain's
 * {@code BeanELResolver}, which invokes them on the bean found by name.
 */
class ArcBeanNameResolver extends CdiResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return base == null ? super.getValue(context, null, property) : null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // names of beans are read-only; anything else is for the next resolver
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return Collections.emptyIterator();
    }
}
