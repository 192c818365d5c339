package no.arshjul.tasks;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.arshjul.security.Roles;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * "Mine oppgaver (3)": every page Årshjul draws tells the person in the menu how many tasks wait
 * for them, so someone who opens Årshjul twice a year sees at once whether anything is theirs.
 * Only pages get it (a view is rendered), never the API.
 */
@Configuration
class OpenTaskCount implements HandlerInterceptor, WebMvcConfigurer {

    static final String ATTRIBUTE = "openTaskCount";

    private final TaskInboxService inbox;

    OpenTaskCount(TaskInboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")
                || page.getViewName().startsWith("forward:")) {
            return;
        }
        Authentication me = SecurityContextHolder.getContext().getAuthentication();
        if (me == null || !me.isAuthenticated() || me instanceof AnonymousAuthenticationToken) {
            return;
        }
        page.addObject(ATTRIBUTE, inbox.openCount(me.getName(), Roles.groupIds(me)));
    }
}
