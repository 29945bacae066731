package org.renrentong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.renrentong.shared.PublicRoutes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sign-in by form (pages), HTTP Basic (API clients) or the other ways modules above add ({@link ExternalSignIn}),
 * sessions, CSRF, security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * No observation of each security filter, authentication and authorization: wrapped around every filter of every
     * request it cost about a tenth of a single sign-on's CPU (bench/sso-cost.sh). Requests are still timed as a whole
     * (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * The one authentication provider, for the form and HTTP Basic alike: the password check behind the sign-in
     * throttle. Its account lookup is deliberately not a UserDetailsService bean: Spring Security would otherwise offer
     * to build a second provider from it.
     */
    @Bean
    AuthenticationProvider authenticationProvider(AccountRepository accounts, PasswordEncoder encoder,
                                                  SignInThrottle throttle) {
        UserDetailsService users = login -> accounts.findForLogin(login.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return new ThrottledSignIn(provider, throttle);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInEvents events, SessionChecks sessionChecks,
            List<PublicRoutes> publicRoutes, List<ExternalSignIn> externalSignIns) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(routes(publicRoutes, PublicRoutes::anyMethod)).permitAll()
                        .requestMatchers(routes(publicRoutes, PublicRoutes::forMachines)).permitAll()
                        .requestMatchers(HttpMethod.GET, routes(publicRoutes, PublicRoutes::reads)).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(events).failureHandler(events).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(events))
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
                // only a request that really signs in with HTTP Basic goes without the session and its CSRF token
                .securityContext(context -> context.securityContextRepository(new BasicCredentials()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(BasicCredentials::sent)
                        .ignoringRequestMatchers(routes(publicRoutes, PublicRoutes::forMachines)))
                .sessionManagement(session -> session.sessionFixation(fix -> fix.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; object-src 'none'; frame-ancestors 'self'"))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        for (ExternalSignIn other : externalSignIns) {
            other.configure(http);
        }
        return sessionChecks.applyTo(http).build();
    }

    /** The routes every module declares for visitors (see {@link PublicRoutes}). */
    private static String[] routes(List<PublicRoutes> modules, Function<PublicRoutes, List<String>> which) {
        return modules.stream().flatMap(m -> which.apply(m).stream()).distinct().toArray(String[]::new);
    }

    @Bean
    WebMvcConfigurer actorResolver(CurrentActor currentActor, AuditScopes auditScopes) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(currentActor);
                resolvers.add(auditScopes);
            }
        };
    }

    /**
     * Until an account has changed its initial password, it can do nothing else: a signed-in session is sent to the
     * password page, an API client signing in with HTTP Basic is refused except for changing the password.
     */
    static final class MustChangePasswordFilter extends OncePerRequestFilter {

        private final MessageSource messages;

        MustChangePasswordFilter(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean allowed = path.equals("/password") || path.equals("/logout") || path.startsWith("/webjars/")
                    || path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/api/v1/me/password");
            boolean sessionMustChange = session != null
                    && session.getAttribute(SignInEvents.MUST_CHANGE_ATTRIBUTE) != null;
            if ((sessionMustChange || basicMustChange(request)) && !allowed) {
                if (path.startsWith("/api/")) {
                    refuse(request, response);
                } else {
                    response.sendRedirect(request.getContextPath() + "/password");
                }
                return;
            }
            chain.doFilter(request, response);
        }

        /** A problem detail in the client's language (Chinese unless it asks otherwise). */
        private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Locale locale = request.getHeader("Accept-Language") != null
                    && "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            String detail = messages.getMessage("password.mustChange.api", null, locale).replace("\"", "'");
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":403,\"title\":\"Forbidden\","
                    + "\"detail\":\"" + detail + "\"}");
        }

        private static boolean basicMustChange(HttpServletRequest request) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return BasicCredentials.sent(request) && auth != null
                    && auth.getPrincipal() instanceof AccountPrincipal principal && principal.mustChangePassword();
        }
    }
}
