package com.guidecommerce.core.web;

import org.springframework.mock.web.MockHttpServletRequest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServletRequest;

/** Requests for filter tests: Spring 3.2's mock request predates {@code getDispatcherType()}, so a proxy adds it. */
final class Requests {

    private Requests() {
    }

    static HttpServletRequest dispatched(DispatcherType type, MockHttpServletRequest request) {
        return (HttpServletRequest) Proxy.newProxyInstance(Requests.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getDispatcherType")) {
                        return type;
                    }
                    try {
                        return method.invoke(request, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    static HttpServletRequest get(String path) {
        return dispatched(DispatcherType.REQUEST, new MockHttpServletRequest("GET", path));
    }
}
