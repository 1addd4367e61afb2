package app.waypoint.engine;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.cdi.impl.el.CdiResolver;
import org.camunda.bpm.engine.cdi.impl.util.CreationalContextReleaseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;

/**
 * Resolves CDI bean names in expressions and nothing else. Camunda's {@link CdiResolver} hands everything but name lookup
 * to {@code BeanManager.getELResolver()}, which Quarkus ArC does not implement, so {@code ${bean.method(arg)}} failed
 * (camunda-bpm-platform #2610). Left unresolved here, method calls and properties fall through to the chain's
 * {@code BeanELResolver}, which invokes them on the bean found by name.
 * <p>
 * Which bean a name means is kept once found: the container has no index by name and looked through every bean for each
 * name in each expression evaluated, also for the names that are process variables (3 % of a start's or a completion's CPU,
 * JFR, README "Performance"). The instance is asked of the container each time, as {@code CdiResolver} does: a
 * {@code @Dependent} bean's instance is new and released when the engine's command ends.
 */
class ArcBeanNameResolver extends CdiResolver {

    private final Map<String, Optional<Bean<?>>> beansByName = new ConcurrentHashMap<>();

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null) {
            return null;
        }
        BeanManager beans = Arc.container().beanManager();
        Optional<Bean<?>> named = beansByName.computeIfAbsent(property.toString(), name -> Optional.ofNullable(beans.resolve(beans.getBeans(name))));
        if (named.isEmpty()) {
            return null;
        }
        CreationalContext<?> creation = beans.createCreationalContext(named.get());
        if (Dependent.class.equals(named.get().getScope()) && Context.getCommandContext() != null) {
            Context.getCommandContext().registerCommandContextListener(new CreationalContextReleaseListener(creation));
        }
        context.setPropertyResolved(true);
        return beans.getReference(named.get(), Object.class, creation);
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
