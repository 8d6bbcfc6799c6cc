package dev.portside.bootstrap.migration;

import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.user.port.UserRepository;
import io.micronaut.context.BeanLocator;

/** The driven ports of one backend that hold aggregates: what a migration reads and writes through. */
public record BackendPorts(
        UnitOfWork unitOfWork,
        UserRepository users,
        PostRepository posts,
        CommentRepository comments,
        ProductRepository products,
        OrderRepository orders,
        AccountRepository accounts,
        Ledger ledger) {

    public static BackendPorts of(BeanLocator beans) {
        return new BackendPorts(
                beans.getBean(UnitOfWork.class),
                beans.getBean(UserRepository.class),
                beans.getBean(PostRepository.class),
                beans.getBean(CommentRepository.class),
                beans.getBean(ProductRepository.class),
                beans.getBean(OrderRepository.class),
                beans.getBean(AccountRepository.class),
                beans.getBean(Ledger.class));
    }
}
